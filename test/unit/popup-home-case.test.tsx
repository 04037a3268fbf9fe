// @vitest-environment happy-dom
/**
 * The home card of an account with an open case says which path and what comes next. That line
 * needs the recovery code, which the popup's first file no longer carries (issue #14): it is
 * fetched before the first render when a case is open (preloadHome, awaited by main.tsx), so
 * the first screen is drawn whole, and fetched on demand otherwise.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { usePageRoot } from './page-root.ts';
import { t } from '../../src/shared/i18n.ts';
import { Home, preloadHome } from '../../src/popup/Home.tsx';
import { PATHS } from '../../src/domain/recovery-tree.ts';
import type { StoredState } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async () => ({ ok: true })) }));

let root: HTMLElement;
const write = async () => true;
const NOW = new Date().toISOString();
const state = (closedAt?: string): StoredState => ({
  accounts: [{ key: 'k1', label: 'Production', mfaDevices: [], createdAt: NOW, updatedAt: NOW }],
  prevention: [],
  cases: [{ id: 'c1', accountKey: 'k1', path: 'other-device', startedAt: NOW, steps: {}, ...(closedAt ? { closedAt } : {}) }],
  progress: [],
  drills: [],
  reminderLogs: [],
  settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } },
});
const caseLine = () => t('popupCaseInProgress', [t(PATHS['other-device'].titleKey), '1']);

usePageRoot((el) => (root = el));

describe('the popup home with an open case', () => {
  it('shows the case line and its next step in the first render once preloadHome has resolved', async () => {
    await preloadHome(state());
    // One synchronous render, no waiting for effects: what the first paint shows.
    render(<Home state={state()} write={write} />, root);
    expect(root.textContent).toContain(caseLine());
    expect(root.textContent).toContain(t('popupNextStep', '').trim());
    expect(root.textContent).not.toContain(t('popupLoading'));
  });

  it('fetches nothing for a closed case, and draws no case line', async () => {
    await preloadHome(state(NOW));
    render(<Home state={state(NOW)} write={write} />, root);
    expect(root.textContent).toContain('Production');
    expect(root.textContent).not.toContain(caseLine());
    expect(root.textContent).not.toContain(t('popupLoading'));
  });
});
