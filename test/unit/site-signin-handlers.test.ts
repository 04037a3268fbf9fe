import { describe, expect, it, vi } from 'vitest';

// The worker module wires the real browser API; these tests inject every dependency instead.
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { createSigninHandlers, DEDUPE_MS, type SigninDeps } from '../../src/background/signin-handlers.ts';
import type { ProgressEvent, RecoveryCase, Settings } from '../../src/shared/model.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import { PROGRESS_STEPS, stepForPage, stepLabelKey } from '../../src/shared/progress-steps.ts';
import { PAGE_KINDS } from '../../src/shared/page-kind.ts';
import { PATHS, QUESTIONS } from '../../src/domain/recovery-tree.ts';
import en from '../../src/locales/en/content.json' with { type: 'json' };
import ja from '../../src/locales/ja/content.json' with { type: 'json' };

const sender = {} as Runtime.MessageSender;
const settings = (lang: Settings['lang']): Settings => ({ lang, reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } });
const openCase = (accountKey: string, closedAt?: string): RecoveryCase => ({ id: `c-${accountKey}-${closedAt ?? 'open'}`, accountKey, path: 'alt-factors', startedAt: '2026-01-01T00:00:00.000Z', steps: {}, ...(closedAt ? { closedAt } : {}) });

function world(over: Partial<SigninDeps> & { cases?: RecoveryCase[]; lang?: Settings['lang']; browser?: 'en' | 'ja' } = {}) {
  const stored: ProgressEvent[] = [];
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const deps: SigninDeps = {
    getSettings: async () => settings(over.lang ?? 'auto'),
    listCases: async () => over.cases ?? [],
    listProgressBetween: async (from, to) => stored.filter((e) => e.at >= from && e.at <= to),
    recordProgress: async (e) => {
      const ev = { ...e, id: String(stored.length) };
      stored.push(ev);
      return ev;
    },
    loadTable: async (lang) => ({ panelTitle: { message: `table:${lang}` } }),
    browserLang: () => over.browser ?? 'en',
    now: () => new Date(clock),
    ...over,
  };
  const h = createSigninHandlers(deps);
  return {
    stored,
    tick: (ms: number) => (clock += ms),
    hello: (uiLang?: 'en' | 'ja') => h['cs→bg/panel:hello']!({ page: 'mfa-code', ...(uiLang ? { uiLang } : {}) }, sender),
    record: (page: string, step: string) => h['cs→bg/progress:record']!({ page, step } as never, sender),
  };
}

describe('panel:hello', () => {
  it('follows the browser when the setting is auto, with no table to send', async () => {
    await expect(world({ browser: 'ja' }).hello()).resolves.toEqual({ lang: 'ja', messages: null });
  });
  it('sends the packaged table when the user chose another language than the browser\'s', async () => {
    await expect(world({ lang: 'ja', browser: 'en' }).hello()).resolves.toEqual({ lang: 'ja', messages: { panelTitle: { message: 'table:ja' } } });
    await expect(world({ lang: 'en', browser: 'en' }).hello()).resolves.toEqual({ lang: 'en', messages: null });
  });
  it('trusts the tab\'s view of the browser language over the worker\'s', async () => {
    // Chromium's service worker reports en-US while browser.i18n speaks Japanese.
    await expect(world({ browser: 'en' }).hello('ja')).resolves.toEqual({ lang: 'ja', messages: null });
    await expect(world({ lang: 'en', browser: 'en' }).hello('ja')).resolves.toEqual({ lang: 'en', messages: { panelTitle: { message: 'table:en' } } });
  });
  it('falls back to the browser language when settings or the table cannot be read', async () => {
    await expect(world({ getSettings: () => Promise.reject(new Error('db')), browser: 'ja' }).hello()).resolves.toEqual({ lang: 'ja', messages: null });
    await expect(world({ lang: 'ja', loadTable: () => Promise.reject(new Error('fetch')) }).hello()).resolves.toEqual({ lang: 'en', messages: null });
  });
});

describe('progress:record', () => {
  it('stores a step with its source and time, unassigned when no recovery is open', async () => {
    const w = world();
    await expect(w.record('mfa-code', 'reached-mfa-code')).resolves.toEqual({ recorded: true });
    await w.record('support-form', 'opened-support-form');
    await w.record('account-contact', 'opened-account-page');
    expect(w.stored.map((e) => [e.source, e.page, e.step, e.accountKey])).toEqual([
      ['signin-page', 'mfa-code', 'reached-mfa-code', undefined],
      ['support-form', 'support-form', 'opened-support-form', undefined],
      ['console-page', 'account-contact', 'opened-account-page', undefined],
    ]);
    expect(w.stored[0]!.at).toBe('2026-03-01T09:00:00.000Z');
  });
  it('assigns the account of the one open recovery case, and no account when several are open', async () => {
    const one = world({ cases: [openCase('a'), openCase('b', '2026-02-01T00:00:00.000Z')] });
    await one.record('troubleshoot', 'reached-troubleshoot');
    expect(one.stored[0]!.accountKey).toBe('a');
    const two = world({ cases: [openCase('a'), openCase('b')] });
    await two.record('troubleshoot', 'reached-troubleshoot');
    expect(two.stored[0]!.accountKey).toBeUndefined();
  });
  it('records the same step on the same page once within a few minutes, even when asked at once', async () => {
    const w = world();
    const answers = await Promise.all([w.record('mfa-code', 'reached-mfa-code'), w.record('mfa-code', 'reached-mfa-code'), w.record('mfa-code', 'reached-mfa-code')]);
    expect(answers.filter((a) => a.recorded)).toHaveLength(1);
    await w.record('troubleshoot', 'reached-troubleshoot');
    expect(w.stored).toHaveLength(2);
    w.tick(DEDUPE_MS - 1000);
    await expect(w.record('mfa-code', 'reached-mfa-code')).resolves.toEqual({ recorded: false });
    w.tick(2000);
    await expect(w.record('mfa-code', 'reached-mfa-code')).resolves.toEqual({ recorded: true });
  });
  it('refuses malformed pages and steps', async () => {
    const w = world();
    await expect(w.record('home', 'reached-mfa-code')).resolves.toEqual({ recorded: false });
    await expect(w.record('mfa-code', 'Reached MFA!')).resolves.toEqual({ recorded: false });
    await expect(w.record('mfa-code', 'x'.repeat(60))).resolves.toEqual({ recorded: false });
    expect(w.stored).toHaveLength(0);
  });
});

describe('progress steps', () => {
  it('give every page a step, and every step a label in English and Japanese', () => {
    for (const page of PAGE_KINDS) expect(Object.keys(PROGRESS_STEPS)).toContain(stepForPage(page));
    expect(stepForPage('alt-factors', 'phone-failed')).toBe('alt-factors-phone-failed');
    // The panel's decision tree records 'tree-q-<question>' when a question shows and 'tree-<path>' at an outcome.
    const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const q of Object.keys(QUESTIONS)) expect(Object.keys(PROGRESS_STEPS)).toContain(`tree-q-${kebab(q)}`);
    for (const path of Object.keys(PATHS)) expect(Object.keys(PROGRESS_STEPS)).toContain(`tree-${path}`);
    for (const key of [...Object.values(PROGRESS_STEPS), stepLabelKey('something-new')]) {
      expect(en, key).toHaveProperty(key);
      expect(ja, key).toHaveProperty(key);
    }
  });
});
