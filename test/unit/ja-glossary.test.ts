import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceLocales } from './locale-source.ts';
import { checkJapanese, DRILL_NAME, runningText } from './ja-glossary.ts';

const locales = loadSourceLocales();

describe('Japanese copy follows docs/glossary.md', () => {
  it('has no violation of the checkable rules', () => {
    expect(checkJapanese(locales.ja!).map((v) => `${v.key}: ${v.rule}`)).toEqual([]);
  });

  it('names the backup drill one way in the popup, the drill page and the reminders', () => {
    for (const key of ['drillTitle', 'popupSafeDrill', 'popupOpenDrill', 'remindDrillLabel', 'remindKindDrill']) {
      expect(locales.ja![key]!.message, key).toContain(DRILL_NAME);
    }
  });

  it('catches what it is meant to catch (the checker itself)', () => {
    const v = (message: string) => checkJapanese({ k: { message } }).map((x) => x.rule);
    expect(v('ログインできない')).toHaveLength(1);
    expect(v('ブラウザの設定')).toHaveLength(1);
    expect(v('スマートフォンをなくした')).toHaveLength(1);
    expect(v('バックアップテストを開く')).toHaveLength(1);
    expect(v('ルートメールアドレス')).toHaveLength(1);
    expect(v('ルートユーザーの E メールアドレス')).toEqual([]);
    expect(v('サインインさせてくれます')).toHaveLength(1);
    expect(v('例: 仕事用')).toHaveLength(1);
    expect(v('自分の番号か確認しましたか?')).toHaveLength(1);
    expect(v('番号（+81）')).toEqual([]);
    // Exempt: AWS UI labels, addresses, times, placeholders, the official term, English quoted verbatim.
    expect(v('［Trouble signing in?］を選びます')).toEqual([]);
    expect(v('https://example.com/a?b=c を開きます')).toEqual([]);
    expect(v('平日 9:00～18:00 です')).toEqual([]);
    expect(v('［多要素認証 (MFA)］と 多要素認証 (MFA) です')).toEqual([]);
    expect(v('「Verify your AWS account root user email address」など')).toEqual([]);
    expect(runningText('$LABEL$：$ID$')).not.toContain('$');
  });

  it('is written down in docs/glossary.md with the drill name the test enforces', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/glossary.md'), 'utf8');
    for (const term of ['サインイン', 'ブラウザー', '紛失', '［］', DRILL_NAME, '多要素認証 (MFA)']) expect(doc).toContain(term);
  });
});
