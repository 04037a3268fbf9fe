import { describe, expect, it } from 'vitest';
import { hasPhrase, norm, phrases } from '../../src/site/text.ts';

describe('text normalization for page recognition', () => {
  it('folds full-width characters, case, spacing and punctuation', () => {
    expect(norm('ＭＦＡ　コード')).toBe(norm('MFA コード'));
    expect(norm('MFAのトラブルシューティング')).toBe(norm('MFA の トラブルシューティング'));
    expect(norm('確認Eメールの送信')).toBe(norm('確認 E メールの送信'));
    expect(norm('Re-Sync With Our Servers')).toBe(norm('re‐sync with our servers'));
    expect(norm('Trouble  signing\nin?')).toBe('troublesigningin');
    expect(norm('ステップ2:電話番号の確認')).toBe(norm('ステップ 2： 電話番号の確認'));
  });
  it('keeps the characters that carry meaning', () => {
    expect(norm('電話番号')).not.toBe(norm('電話'));
    expect(norm('ー')).toBe('ー');
  });
  it('matches phrases as substrings, strings and patterns alike', () => {
    const list = phrases('Call me now', /6digitcode/);
    expect(hasPhrase(norm('Step 2: please choose CALL ME NOW.'), list)).toBe(true);
    expect(hasPhrase(norm('We will send a 6-digit code'), list)).toBe(true);
    expect(hasPhrase(norm('Call me later'), list)).toBe(false);
  });
});

describe('one pattern for a phrase list', () => {
  it('matches exactly what the list matches, with regex characters in strings taken literally', async () => {
    const { anyOf } = await import('../../src/site/text.ts');
    const list = phrases('Trouble signing in?', 'a.b', /6digitcode/);
    const re = anyOf(list);
    for (const s of ['TROUBLE signing in', 'xa.by', 'a 6-digit code', 'axb', 'trouble', '']) expect(re.test(norm(s)), s).toBe(hasPhrase(norm(s), list));
  });
});

describe('phrases of the site data', () => {
  it('are written in NFKC form, so that folding them without NFKC (on first use) equals norm()', async () => {
    const site = await import('../../src/site/aws-pages.ts');
    const lists = Object.values(site).filter((v) => Array.isArray(v)) as unknown as (readonly unknown[])[];
    const strings = lists.flat().filter((p): p is string => typeof p === 'string');
    expect(strings.length).toBeGreaterThan(50);
    for (const p of strings) expect(p.normalize('NFKC'), p).toBe(p);
  });

  it('match as norm() folds them: case, spacing and punctuation, whole labels exactly', async () => {
    const { isPhrase } = await import('../../src/site/text.ts');
    const list = phrases('Re-Sync With Our Servers', 'MFA の トラブルシューティング', 'Phone');
    expect(hasPhrase(norm('Step 1: re‐sync with our servers.'), list)).toBe(true);
    expect(hasPhrase(norm('MFAのトラブルシューティング'), list)).toBe(true);
    expect(isPhrase(norm(' Phone '), list)).toBe(true);
    expect(isPhrase(norm('Phone number'), list)).toBe(false);
    expect(hasPhrase(norm('Phone number'), list)).toBe(true);
  });
});
