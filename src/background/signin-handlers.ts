import type { AllHandlers } from './router.ts';
import type { Messages } from '../shared/locale-merge.ts';
import type { ProgressEvent, RecoveryCase, Settings } from '../shared/model.ts';
import { isPageKind, type PageKind } from '../shared/page-kind.ts';
import { browser } from '../shared/browser.ts';
import { browserLang, isLang, type Lang } from '../shared/i18n.ts';
import { isStepId } from '../shared/progress-steps.ts';
import * as repo from '../shared/db/repo.ts';
import { isPending, outcomeOf, pendingStep } from '../domain/handoff.ts';

/** The same step on the same page within this window is one visit (SPA re-renders, reloads). */
export const DEDUPE_MS = 5 * 60_000;

export interface SigninDeps {
  getSettings(): Promise<Settings>;
  listCases(): Promise<RecoveryCase[]>;
  /** Events between two instants, read from the `by-at` index (never the whole log). */
  listProgressBetween(fromIso: string, toIso: string): Promise<ProgressEvent[]>;
  recordProgress(e: Omit<ProgressEvent, 'id'>): Promise<ProgressEvent>;
  /** The packaged messages.json of a language. */
  loadTable(lang: Lang): Promise<Messages>;
  browserLang(): Lang;
  now(): Date;
}

function sourceOf(page: PageKind): ProgressEvent['source'] {
  if (page === 'support-form') return 'support-form';
  return page === 'account-contact' || page === 'security-credentials' ? 'console-page' : 'signin-page';
}

/**
 * Handlers for the in-page assistant on the sign-in, recovery, support-form and console pages
 * (issue #3). Dependencies are injected so the rules are unit-tested without a browser.
 */
export function createSigninHandlers(deps: SigninDeps): Pick<AllHandlers, 'cs→bg/panel:hello' | 'cs→bg/progress:record' | 'cs→bg/recovery:pending'> {
  // Records run one after another, so two quick messages cannot both pass the duplicate check.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    'cs→bg/panel:hello': async ({ uiLang }) => {
      // The tab's own view of the browser language wins: the worker's can be wrong (messages.ts).
      const browserLang = isLang(uiLang) ? uiLang : deps.browserLang();
      let lang: Lang;
      try {
        lang = resolveLangWith((await deps.getSettings()).lang, browserLang);
      } catch {
        lang = browserLang;
      }
      try {
        return { lang, messages: lang === browserLang ? null : await deps.loadTable(lang) };
      } catch {
        // The packaged table could not be read: speak the browser's language rather than nothing.
        return { lang: browserLang, messages: null };
      }
    },

    'cs→bg/progress:record': ({ page, step }) => {
      const run = queue.then(async () => {
        if (!isPageKind(page) || !isStepId(step)) return { recorded: false };
        const now = deps.now();
        const from = new Date(now.getTime() - DEDUPE_MS).toISOString();
        const to = new Date(now.getTime() + DEDUPE_MS).toISOString();
        const recent = (await deps.listProgressBetween(from, to)).some(
          (e) => e.step === step && e.page === page && Math.abs(now.getTime() - Date.parse(e.at)) < DEDUPE_MS,
        );
        if (recent) return { recorded: false };
        // The page cannot tell which account this is; with exactly one open recovery it is that one.
        const open = new Set((await deps.listCases()).filter((c) => !c.closedAt).map((c) => c.accountKey));
        const accountKey = open.size === 1 ? [...open][0] : undefined;
        await deps.recordProgress({ at: now.toISOString(), source: sourceOf(page), page, step, ...(accountKey ? { accountKey } : {}) });
        return { recorded: true };
      });
      queue = run.catch(() => undefined);
      return run;
    },

    'cs→bg/recovery:pending': ({ page, answers }) => {
      // The path is derived from the answers here; the page cannot name one the answers do not give.
      const outcome = outcomeOf(answers);
      const run = queue.then(async () => {
        if (!outcome) return { recorded: false };
        const now = deps.now();
        const same = JSON.stringify(outcome.answers);
        const from = new Date(now.getTime() - DEDUPE_MS).toISOString();
        const to = new Date(now.getTime() + DEDUPE_MS).toISOString();
        const recent = (await deps.listProgressBetween(from, to)).some(
          (e) => isPending(e, now) && JSON.stringify(e.answers) === same && Math.abs(now.getTime() - Date.parse(e.at)) < DEDUPE_MS,
        );
        if (recent) return { recorded: false };
        // No account: the page cannot tell which one it is; the link page hands it over.
        await deps.recordProgress({ at: now.toISOString(), source: 'signin-page', page: page === 'mfa-device-choice' ? page : 'mfa-code', step: pendingStep(outcome.path), answers: outcome.answers });
        return { recorded: true };
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** i18n.ts resolveLang() with the browser's language injected (testable). */
function resolveLangWith(pref: Settings['lang'] | undefined, browser: Lang): Lang {
  return pref === 'en' || pref === 'ja' ? pref : browser;
}

export const signinHandlers = createSigninHandlers({
  getSettings: () => repo.getSettings(),
  listCases: () => repo.listCases(),
  listProgressBetween: (from, to) => repo.listProgressBetween(from, to),
  recordProgress: (e) => repo.recordProgress(e),
  loadTable: async (lang) => (await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`))).json() as Promise<Messages>,
  browserLang,
  now: () => new Date(),
});
