/**
 * The first-screen read (issue #13 item 5, #14 item 2): one transaction gives the settings and
 * the number of accounts, and the whole state only up to the given size, so a page with a
 * thousand accounts can paint its summary before reading them; and a change announced while it
 * read is not lost. Also the store-change channel's own-page filter the overview uses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { loadFirstScreen } from '../../src/shared/db/first-screen.ts';
import { announceChange, onStoreChanged } from '../../src/shared/db/changes.ts';

beforeEach(freshIndexedDB);

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('loadFirstScreen', () => {
  it('with no more accounts than asked for: the whole state, as loadState reads it', async () => {
    await repo.putAccount(account('a'));
    await repo.putAccount(account('b'));
    await repo.patchSettings({ lang: 'ja' });
    const first = await loadFirstScreen(5);
    expect(first.accounts).toBe(2);
    expect(first.settings.lang).toBe('ja');
    expect(first.state).toEqual(await repo.loadState());
    first.changedSince();
  });

  it('above that: only the count and the settings, no accounts read into the page', async () => {
    for (const k of ['a', 'b', 'c']) await repo.putAccount(account(k));
    const first = await loadFirstScreen(2);
    expect(first).toMatchObject({ accounts: 3, state: null });
    expect(first.settings.reminders.chosen).toBe(false);
    first.changedSince();
  });

  it('an empty, never used store gives default settings and no accounts', async () => {
    const first = await loadFirstScreen(Number.POSITIVE_INFINITY);
    expect(first.accounts).toBe(0);
    expect(first.state?.accounts).toEqual([]);
    expect(first.settings.lang).toBe('auto');
    expect(first.changedSince()).toBe(false);
  });

  it('says so when another page announced a change after the read began', async () => {
    const first = await loadFirstScreen(5);
    const other = new BroadcastChannel('mfa-lifeline:store');
    other.postMessage({ stores: ['accounts'] });
    await settle();
    other.close();
    expect(first.changedSince()).toBe(true);
  });
});

describe('store-change announcements', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((s) => s()));

  it('a page hears its own announcements unless it asks not to (it re-reads after its own writes)', async () => {
    const all: string[][] = [];
    const others: string[][] = [];
    stops.push(onStoreChanged((s) => all.push([...s])));
    stops.push(onStoreChanged((s) => others.push([...s]), { ignoreOwn: true }));
    announceChange(['accounts']);
    const other = new BroadcastChannel('mfa-lifeline:store');
    other.postMessage({ stores: ['drills'], from: 'another page' });
    await settle();
    other.close();
    expect(all).toEqual([['accounts'], ['drills']]);
    expect(others).toEqual([['drills']]);
  });
});
