import { t } from '../shared/i18n.ts';
import type { Account, StoredState } from '../shared/model.ts';
import { readiness } from '../domain/readiness.ts';
import { usePhoneMask } from '../ui/phone-mask.ts';
import { href } from './route.ts';
import { UninstallNote } from './UninstallNote.tsx';
import { DueReminders } from './DueReminders.tsx';
import type { ViewProps } from './types.ts';
import { HomeSummary, OverviewLink } from './HomeSummary.tsx';
import { HANDFUL } from './handful.ts';
import { lazyView } from './lazy-view.tsx';

/** Loaded when a card shows an open case (CaseNote.tsx). */
const CaseNote = lazyView(() => import('./CaseNote.tsx').then((m) => m.CaseNote));

/**
 * Fetches what the home screen of `state` needs beyond the popup's own file, so that its first
 * render draws it whole (main.tsx awaits it): the case line's code when a case is open.
 */
export function preloadHome(state: StoredState | null | undefined): Promise<unknown> {
  return state?.cases.some((c) => !c.closedAt) ? CaseNote.preload().catch(() => undefined) : Promise.resolve();
}

/**
 * The home screen above a handful of accounts: a summary and a search, never a list of them all.
 * `state` is null while only their number is known (the first paint, see store.ts).
 */
export function HomeMany({ state, count, write }: { state: StoredState | null; count: number; write: ViewProps['write'] }) {
  return (
    <div>
      {state && <DueReminders state={state} write={write} now={new Date()} max={HANDFUL} />}
      <h2>{t('popupAccountsTitle')}</h2>
      <HomeSummary state={state} count={count} />
      <p class="row">
        <a class="button" href={href({ name: 'new' })}>{t('popupAddAccount')}</a>
      </p>
      {state && <UninstallNote state={state} />}
    </div>
  );
}

export function Home({ state, write }: ViewProps) {
  if (state.accounts.length > HANDFUL) return <HomeMany state={state} count={state.accounts.length} write={write} />;
  return <HomeFew state={state} write={write} />;
}

function HomeFew({ state, write }: ViewProps) {
  const now = new Date();
  // One hook for the list: the cards re-render once when the phone module arrives.
  const maskPhone = usePhoneMask();
  return (
    <div>
      {state.accounts.length === 0 ? (
        <div class="card">
          <h2>{t('popupWelcomeTitle')}</h2>
          <p>{t('popupWelcomeText')}</p>
          <div class="row">
            <a class="button primary" href={href({ name: 'new' })}>{t('popupAddFirstAccount')}</a>
            <a class="button" href={href({ name: 'new', then: 'recover' })}>{t('popupLockedOutNow')}</a>
          </div>
        </div>
      ) : (
        <>
          <DueReminders state={state} write={write} now={now} />
          <h2>{t('popupAccountsTitle')}</h2>
          <ul class="plain">
            {state.accounts.map((a) => (
              <li key={a.key}>
                <AccountCard account={a} now={now} maskPhone={maskPhone} {...{ state }} />
              </li>
            ))}
          </ul>
          <p class="row">
            <a class="button" href={href({ name: 'new' })}>{t('popupAddAccount')}</a>
            <OverviewLink />
          </p>
          <UninstallNote state={state} />
        </>
      )}
    </div>
  );
}

function AccountCard({ account: a, state, now, maskPhone }: { account: Account; state: ViewProps['state']; now: Date; maskPhone: (e164: string) => string }) {
  const prevention = state.prevention.find((p) => p.accountKey === a.key) ?? { accountKey: a.key, done: {} };
  const r = readiness(a, prevention, state.drills, state.settings, now);
  const open = state.cases.filter((c) => c.accountKey === a.key && !c.closedAt).at(-1);
  return (
    <div class="card">
      <div class="row" style="justify-content: space-between">
        <a href={href({ name: 'account', key: a.key })}><strong>{a.label}</strong></a>
        <span class={`badge ${r.level}`}>{t('popupReadyCount', [String(r.done), String(r.total)])}</span>
      </div>
      <p class="small muted">
        {[a.accountId, a.phoneE164 ? maskPhone(a.phoneE164) : null].filter(Boolean).join(' · ') || t('popupNoDetails')}
      </p>
      {open && <CaseNote open={open} progress={state.progress} now={now} />}
      <div class="row">
        <a class="button" href={href({ name: 'recover', key: a.key })}>{t('popupLockedOut')}</a>
        <a class="button" href={href({ name: 'safe', key: a.key })}>{t('popupStaySafe')}</a>
      </div>
    </div>
  );
}
