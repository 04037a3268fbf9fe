// @vitest-environment happy-dom
/**
 * The popup's export when the database cannot be read: the user is told that no file was saved,
 * in their language, instead of a button that does nothing; a later try that works says so and
 * the error goes away.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePageRoot } from './page-root.ts';
import { t } from '../../src/shared/i18n.ts';

const read = vi.hoisted(() => ({ fail: true }));
const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/db/read-state.ts', () => ({
  exportAll: vi.fn(async () => {
    if (read.fail) throw new DOMException('The database connection is closing.', 'InvalidStateError');
    return { format: 'mfa-lifeline', accounts: [] };
  }),
}));
vi.mock('../../src/ui/download.ts', () => ({ saveFile: (name: string) => void saved.push(name) }));

const { ExportButton } = await import('../../src/popup/ExportButton.tsx');

let root: HTMLElement;
usePageRoot((el) => (root = el));

const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

describe('the popup export, when the stored data cannot be read', () => {
  it('says no file was saved, saves nothing, and clears the error once a try works', async () => {
    read.fail = true;
    saved.length = 0;
    await act(() => render(<ExportButton />, root));
    const button = root.querySelector('button')!;
    await act(() => button.click());
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(t('popupExportFailed'));
    expect(root.textContent).not.toContain(t('popupExported'));
    expect(saved).toEqual([]);

    read.fail = false;
    await act(() => button.click());
    await settle();
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.querySelector('[role=status]')?.textContent).toBe(t('popupExported'));
    expect(saved).toHaveLength(1);
  });
});
