// @vitest-environment happy-dom
/**
 * The popup's home above a handful of accounts (issue #13 item 5): before the state is read it
 * draws from the number of accounts alone (a summary line, the way to the overview, a search);
 * once read, the counts by readiness follow, and a long list of due reminders is cut to a
 * handful with the rest behind one link to the overview filtered to them.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePageRoot } from './page-root.ts';
import { t } from '../../src/shared/i18n.ts';
import { HomeMany } from '../../src/popup/Home.tsx';
import { HANDFUL } from '../../src/popup/handful.ts';
import type { Account, StoredState } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async () => ({ ok: true })) }));

let root: HTMLElement;
const write = async () => true;
const OLD = new Date(Date.now() - 400 * 86_400_000).toISOString();
const account = (i: number): Account => ({ key: `k${i}`, label: `Account ${i}`, mfaDevices: [], createdAt: OLD, updatedAt: OLD, phoneVerifiedAt: OLD });
const state = (n: number): StoredState => ({
  accounts: Array.from({ length: n }, (_, i) => account(i)),
  prevention: [],
  cases: [],
  progress: [],
  drills: [],
  reminderLogs: [],
  settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } },
});
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

usePageRoot((el) => (root = el));

describe('the popup home with many accounts', () => {
  it('draws its summary from the number of accounts before the state is read', async () => {
    await act(() => render(<HomeMany state={null} count={1000} write={write} />, root));
    expect(root.textContent).toContain(t('overviewAccountCount', '1000'));
    expect(root.querySelector('#home-search')).not.toBeNull();
    expect([...root.querySelectorAll('a')].map((a) => a.textContent)).toContain(t('overviewOpen'));
    // Nothing that needs the accounts themselves.
    expect(root.querySelector('[data-testid=due-reminders]')).toBeNull();
    expect(root.textContent).not.toContain('Account 1');
  });

  it('then counts them by readiness, and lists a handful of the due reminders with one link for the rest', async () => {
    await act(() => render(<HomeMany state={state(8)} count={8} write={write} />, root));
    await settle();
    expect(root.textContent).toContain(t('overviewSummary', ['8', '8', '0', '0', '0', '8']));
    const due = root.querySelector('[data-testid=due-reminders]')!;
    expect(due.querySelectorAll('li')).toHaveLength(HANDFUL);
    expect(due.textContent).toContain(t('importMoreRows', String(8 - HANDFUL)));
    expect([...due.querySelectorAll('a')].some((a) => a.getAttribute('href')?.endsWith('src/overview/index.html#due'))).toBe(true);
  });
});
