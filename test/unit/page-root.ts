/**
 * What every component test of the extension's pages sets up around each test: the fake browser
 * namespace (t() and send() reach it through src/shared/ext.ts), the packaged messages served,
 * and a fresh element in the document to render into; afterwards the tree is unmounted and the
 * globals restored. `before` runs each file's own reset (a fresh IndexedDB, a cleared log).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { fake, fakeBrowser, servePackagedMessages } from './worker-fake-browser.ts';

export function usePageRoot(use: (root: HTMLElement) => void, before?: () => unknown): void {
  let root: HTMLElement;
  beforeEach(async () => {
    vi.stubGlobal('chrome', fakeBrowser);
    fake.reset();
    servePackagedMessages();
    await before?.();
    root = document.createElement('div');
    document.body.append(root);
    use(root);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    render(null, root);
    root.remove();
  });
}
