/**
 * Shared set-up for the panel UI tests: a fake PanelContext, trusted clicks (happy-dom events
 * are never trusted, and the panel ignores untrusted ones on purpose), and rendering with all
 * effects and answers flushed. Each test file mocks i18n and send itself (vi.mock is hoisted).
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { PanelContext, SiteTarget } from '../../src/content/panel-contract.ts';
import type { PageKind } from '../../src/shared/page-kind.ts';

/** What t() was asked for, so tests can check every key exists in both languages. */
export const usedKeys = new Set<string>();

/** The i18n mock: t() returns the key, with substitutions in brackets. */
export function fakeI18n(lang: () => 'en' | 'ja') {
  return {
    t: (key: string, subs?: string | readonly string[]) => {
      usedKeys.add(key);
      return subs === undefined ? key : `${key}[${([] as string[]).concat(subs).join(',')}]`;
    },
    currentLang: lang,
  };
}

export interface FakeCtx extends PanelContext {
  recorded: string[];
  targets: Partial<Record<SiteTarget, Element>>;
  texts: Partial<Record<SiteTarget, string>>;
}

export function fakeCtx(page: PageKind, over: Partial<FakeCtx> = {}): FakeCtx {
  const ctx: FakeCtx = {
    page,
    recorded: [],
    targets: {},
    texts: {},
    find: (t) => ctx.targets[t] ?? null,
    readText: (t) => ctx.texts[t] ?? null,
    record: (step) => void ctx.recorded.push(step),
    ...over,
  };
  return ctx;
}

const roots: HTMLElement[] = [];

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => {
    render(node, root);
  });
  await flush();
  return root;
}

/** Lets pending promises (worker answers) and re-renders settle. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

function trusted<E extends Event>(e: E, isTrusted: boolean): E {
  Object.defineProperty(e, 'isTrusted', { value: isTrusted });
  return e;
}

/** A click as the user makes it (isTrusted), or as a page script would (untrusted). */
export async function click(el: Element | null | undefined, isTrusted = true): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true }), isTrusted));
  });
  await flush();
}

/** Types into an input (replacing its value) or picks an option of a select. */
export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) throw new Error('not a field');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(trusted(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }), true));
  });
  await flush();
}

export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text);
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
}

export function cleanup(): void {
  // Unmount, so components remove their window listeners like they do in the page.
  for (const r of roots.splice(0)) render(null, r);
  document.body.innerHTML = '';
  vi.clearAllMocks();
}
