import { t } from '../shared/i18n.ts';
import type { Account, PreventionItemId } from '../shared/model.ts';
import { markPhoneVerified, setPreventionItem } from '../shared/db/repo.ts';
import { readiness, type ReadinessItem } from '../domain/readiness.ts';
import { maskPhone } from '../domain/phone.ts';
import { Heading } from '../ui/Heading.tsx';
import { formatAgo, formatDate } from '../ui/format.ts';
import { drillUrl, kitUrl } from './pages.ts';
import { href } from './route.ts';
import type { ViewProps } from './types.ts';

/** "Stay safe": the prevention checklist with a readiness summary. */
export function SafeView({ state, account, write }: ViewProps & { account: Account }) {
  const prevention = state.prevention.find((p) => p.accountKey === account.key) ?? { accountKey: account.key, done: {} };
  const r = readiness(account, prevention, state.drills, state.settings, new Date());

  const tick = (id: PreventionItemId, done: boolean) =>
    write(async () => {
      if (id === 'phone-verified') {
        if (done) await markPhoneVerified(account.key, new Date().toISOString());
        return;
      }
      // Only this item, on the record as stored now: ticks made elsewhere meanwhile stay.
      await setPreventionItem([account.key], id, done ? new Date().toISOString() : null);
    });

  return (
    <div>
      <Heading>{t('popupSafeTitle', account.label)}</Heading>
      <div class={`notice ${r.level === 'ready' ? 'ok' : r.level === 'at-risk' ? 'bad' : 'warn'}`}>
        <p>
          <strong>{t(`popupLevel_${r.level.replace('-', '')}`)}</strong> <span class={`badge ${r.level}`}>{t('popupReadyCount', [String(r.done), String(r.total)])}</span>
        </p>
      </div>
      <ol class="checklist">
        {r.items.map((item) => (
          <li key={item.id}>
            <SafeItem item={item} account={account} onTick={(d) => void tick(item.id, d)} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function SafeItem({ item, account, onTick }: { item: ReadinessItem; account: Account; onTick: (done: boolean) => void }) {
  const id = `safe-${item.id}`;
  const statusText = t(item.status === 'done' ? 'popupStatusDone' : item.status === 'stale' ? 'popupStatusStale' : 'popupStatusTodo');
  return (
    <div>
      <h3 id={`${id}-h`} style="margin-top: 0">
        <span class={`status-${item.status}`} aria-hidden="true">{item.status === 'done' ? '✓ ' : item.status === 'stale' ? '! ' : '○ '}</span>
        {t(item.titleKey)} <span class={`small status-${item.status}`}>({statusText})</span>
      </h3>
      <p class="small">{t(item.whyKey)}</p>
      {item.noteKey && <p class="small muted">{t(item.noteKey)}</p>}
      {item.doneAt && <p class="done-at">{t('popupDoneOn', `${formatDate(item.doneAt)} (${formatAgo(item.doneAt)})`)}</p>}
      {item.id === 'phone-verified' && account.phoneE164 && <p class="small">{t('popupPhoneOnFile', maskPhone(account.phoneE164))}</p>}
      <div class="row">
        <ItemLink item={item} account={account} />
        {item.id === 'phone-verified' ? (
          account.phoneE164 ? (
            <button type="button" onClick={() => onTick(true)} aria-describedby={`${id}-h`}>{t('popupPhoneCheckedToday')}</button>
          ) : (
            <a href={href({ name: 'edit', key: account.key })}>{t('popupAddPhone')}</a>
          )
        ) : (
          item.manual && (
            <label class="inline">
              <input type="checkbox" checked={item.status !== 'todo'} aria-describedby={`${id}-h`} onChange={(e) => onTick(e.currentTarget.checked)} />
              {t('popupIDidThis')}
            </label>
          )
        )}
      </div>
    </div>
  );
}

function ItemLink({ item, account }: { item: ReadinessItem; account: Account }) {
  const l = item.link;
  if (l.kind === 'aws') return <a href={l.url} target="_blank" rel="noopener noreferrer">{t('popupOpenAwsPage')}</a>;
  if (l.kind === 'drill') return <a href={drillUrl(account.key)} target="_blank" rel="noopener">{t('popupOpenDrill')}</a>;
  return <a href={kitUrl(account.key)} target="_blank" rel="noopener">{t('popupOpenKit')}</a>;
}
