import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
import { createSigninHandlers, DEDUPE_MS, type SigninDeps } from '../../src/background/signin-handlers.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import { defaultSettings } from '../../src/shared/db/defaults.ts';

const sender = {} as Runtime.MessageSender;

function world() {
  const stored: ProgressEvent[] = [];
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const deps: SigninDeps = {
    getSettings: async () => defaultSettings(),
    // An open case exists: a plain step would be assigned to it, a pending recovery must not be.
    listCases: async () => [{ id: 'c', accountKey: 'acct', path: 'alt-factors', startedAt: '2026-01-01T00:00:00.000Z', steps: {} }],
    listProgressBetween: async (from: string, to: string) => stored.filter((e) => e.at >= from && e.at <= to),
    recordProgress: async (e) => {
      const ev = { ...e, id: `e${stored.length}` };
      stored.push(ev);
      return ev;
    },
    loadTable: async () => ({}),
    browserLang: () => 'en',
    now: () => new Date(clock),
  };
  const h = createSigninHandlers(deps);
  return {
    stored,
    tick: (ms: number) => (clock += ms),
    pending: (answers: unknown, page = 'mfa-code') => h['cs→bg/recovery:pending']!({ page, answers } as never, sender),
  };
}

describe('recovery:pending', () => {
  it('records the outcome the answers lead to, with the answers and no account', async () => {
    const w = world();
    await expect(w.pending({ otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false })).resolves.toEqual({ recorded: true });
    expect(w.stored).toEqual([
      {
        id: 'e0',
        at: '2026-03-01T09:00:00.000Z',
        source: 'signin-page',
        page: 'mfa-code',
        step: 'tree-support-documents',
        answers: { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false },
      },
    ]);
  });

  it('keeps the device-choice page, and refuses answers that do not lead to an outcome', async () => {
    const w = world();
    await w.pending({ otherDevice: true }, 'mfa-device-choice');
    expect(w.stored[0]!.page).toBe('mfa-device-choice');
    for (const bad of [{ otherDevice: false }, { otherDevice: 'yes' }, { otherDevice: true, signInAs: 'iam' }, null, 'x', { path: 'other-device' }]) {
      await expect(w.pending(bad)).resolves.toEqual({ recorded: false });
    }
    expect(w.stored).toHaveLength(1);
  });

  it('records the same answers once per five minutes, other answers at once', async () => {
    const w = world();
    await w.pending({ otherDevice: true });
    w.tick(60_000);
    await expect(w.pending({ otherDevice: true })).resolves.toEqual({ recorded: false });
    await expect(w.pending({ otherDevice: false, signInAs: 'iam' })).resolves.toEqual({ recorded: true });
    w.tick(DEDUPE_MS);
    await expect(w.pending({ otherDevice: true })).resolves.toEqual({ recorded: true });
    expect(w.stored.map((e) => e.step)).toEqual(['tree-other-device', 'tree-iam-admin', 'tree-other-device']);
  });

  it('produces events the export file accepts (the optional answers field)', async () => {
    const w = world();
    await w.pending({ otherDevice: false, signInAs: 'root', orgMember: true });
    const file = {
      format: 'mfa-lifeline-export',
      version: 1,
      exportedAt: '2026-03-01T10:00:00.000Z',
      data: { accounts: [], prevention: [], cases: [], progress: w.stored, drills: [], settings: defaultSettings(), reminderLogs: [] },
    };
    expect(parseExportFile(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
    const bad = structuredClone(file);
    (bad.data.progress[0] as { answers: unknown }).answers = { otherDevice: 'no' };
    expect(parseExportFile(bad)).toMatchObject({ ok: false });
    (bad.data.progress[0] as { answers: unknown }).answers = { otherDevice: true, evil: true };
    expect(parseExportFile(bad)).toMatchObject({ ok: false });
  });
});
