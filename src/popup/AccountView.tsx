import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account } from '../shared/model.ts';
import { deleteAccount } from '../shared/db/repo.ts';
import { maskPhone } from '../domain/phone.ts';
import { Heading } from '../ui/Heading.tsx';
import { href } from './route.ts';
import { formatDate } from '../ui/format.ts';
import { kitUrl } from './pages.ts';
import { deviceKindKey } from '../ui/device-kinds.ts';
import { FirstRunReminders } from './reminders/FirstRunReminders.tsx';
import type { ViewProps } from './types.ts';

export function AccountView({ account: a, state, write }: ViewProps & { account: Account }) {
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    // On failure the popup says why and the account stays on screen.
    if (await write(() => deleteAccount(a.key))) location.hash = href({ name: 'home' });
  };
  return (
    <div>
      <Heading>{a.label}</Heading>
      {/* Shown once, after the first account is added, until the user has chosen (renders nothing after). */}
      <FirstRunReminders state={state} write={write} />
      <div class="row">
        <a class="button primary" href={href({ name: 'recover', key: a.key })}>{t('popupLockedOut')}</a>
        <a class="button" href={href({ name: 'safe', key: a.key })}>{t('popupStaySafe')}</a>
      </div>
      <dl class="card small">
        <Item label={t('popupFieldAccountId')} value={a.accountId} />
        <Item label={t('popupFieldRootEmail')} value={a.rootEmail} />
        <Item label={t('popupFieldPhone')} value={a.phoneE164 ? maskPhone(a.phoneE164) : undefined} />
        <Item label={t('popupPhoneVerified')} value={a.phoneVerifiedAt ? formatDate(a.phoneVerifiedAt) : undefined} />
        <Item label={t('popupFieldOrgMember')} value={a.orgMember ? t('commonYes') : t('commonNo')} />
        <dt>{t('popupFieldDevices')}</dt>
        <dd>
          {a.mfaDevices.length === 0 ? (
            <span class="muted">{t('popupNone')}</span>
          ) : (
            <ul>
              {a.mfaDevices.map((d) => (
                <li key={d.id}>
                  {t(deviceKindKey(d.kind))}
                  {d.where && ` — ${d.where}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div class="row">
        <a class="button" href={href({ name: 'edit', key: a.key })}>{t('popupEdit')}</a>
        <a class="button" href={kitUrl(a.key)} target="_blank" rel="noopener">{t('popupPrintKit')}</a>
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('popupDelete')}</button>
        )}
      </div>
      {confirming && (
        <div class="notice bad" role="alertdialog" aria-labelledby="del-q">
          <p id="del-q">{t('popupDeleteConfirm', a.label)}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void remove()}>{t('popupDeleteYes')}</button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>{t('commonCancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}

function Item({ label, value }: { label: string; value: string | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value ?? <span class="muted">{t('popupNotGiven')}</span>}</dd>
    </>
  );
}
