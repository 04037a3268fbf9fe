import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { MfaDeviceKind } from '../shared/model.ts';
import { matchAccount } from '../domain/contact-compare.ts';
import { MFA_DEVICE_KINDS } from '../domain/mfa-devices.ts';
import { LIMITS } from '../domain/limits.ts';
import { AccountPicker, targetOf, type Pick } from './AccountPicker.tsx';
import { saveDevices } from './writes.ts';
import type { LinkViewProps } from './LinkPage.tsx';

type Row = { kind: MfaDeviceKind; where: string };
const kindKey = (k: MfaDeviceKind) => `panelKind_${k.replace(/-/g, '_')}`;

/**
 * Records the MFA devices of the account the Security credentials page shows. New devices are
 * merged into the stored list (src/domain/device-merge.ts); a stored device goes only when the
 * user ticks it and then confirms the removal.
 */
export function DevicesView({ ticket, state, reload }: LinkViewProps) {
  const match = matchAccount(state.accounts, ticket.accountIdOnPage);
  const [pick, setPick] = useState<Pick>(match.status === 'in-list' ? { key: match.key } : null);
  const [rows, setRows] = useState<Row[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: boolean; count?: number; key?: string } | undefined>();
  const account = pick && 'key' in pick ? state.accounts.find((a) => a.key === pick.key) : undefined;
  const stored = account?.mfaDevices ?? [];

  const save = async (confirmed: boolean) => {
    const target = targetOf(pick);
    if (typeof target === 'string') return setError(target);
    setError(undefined);
    const gone = remove.filter((id) => stored.some((d) => d.id === id));
    if (gone.length && !confirmed) return setConfirming(true);
    setConfirming(false);
    try {
      const r = await saveDevices(target, {
        ...(ticket.accountIdOnPage ? { accountIdOnPage: ticket.accountIdOnPage } : {}),
        recorded: rows,
        remove: gone,
      });
      if (!r.merge.ok) return setResult({ ok: false, key: r.merge.reason === 'too-many' ? 'linkDevicesTooMany' : 'linkSaveFailed' });
      setResult({ ok: true, count: r.merge.devices.length });
      setRows([]);
      setRemove([]);
      setPick({ key: r.key });
      await reload();
    } catch {
      setResult({ ok: false, key: 'linkSaveFailed' });
    }
  };

  const edit = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <section class="stack">
      <h2>{t('linkDevicesTitle')}</h2>
      {ticket.accountIdOnPage && <p class="muted">{t('linkPageShowsId', ticket.accountIdOnPage)}</p>}
      <p>{t('panelSecIntro')}</p>
      <AccountPicker accounts={state.accounts} pick={pick} onPick={(p) => (setPick(p), setRemove([]), setResult(undefined))} {...(error ? { error } : {})} />
      {account && (
        <fieldset>
          <legend>{t('linkDevicesStored')}</legend>
          {stored.length === 0 && <p class="muted">{t('linkDevicesNone')}</p>}
          <ul class="plain">
            {stored.map((d) => (
              <li key={d.id} data-device={d.id}>
                <strong>{t(kindKey(d.kind))}</strong> {d.where}
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={remove.includes(d.id)}
                    onChange={(e) => setRemove(e.currentTarget.checked ? [...remove, d.id] : remove.filter((x) => x !== d.id))}
                  />
                  {t('linkDeviceRemove')}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('linkDevicesNew')}</legend>
        <p class="hint">{t('panelSecNoSecret')}</p>
        {rows.map((r, i) => (
          <div class="device" key={i} role="group" aria-label={t('panelSecDeviceN', String(i + 1))}>
            <div>
              <label for={`link-kind-${i}`}>{t('panelSecKind')}</label>
              <select id={`link-kind-${i}`} value={r.kind} onChange={(e) => edit(i, { kind: e.currentTarget.value as MfaDeviceKind })}>
                {MFA_DEVICE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(kindKey(k))}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for={`link-where-${i}`}>{t('panelSecWhere')}</label>
              <input id={`link-where-${i}`} type="text" maxLength={LIMITS.where} value={r.where} placeholder={t('panelSecWherePh')} onInput={(e) => edit(i, { where: e.currentTarget.value })} />
            </div>
            <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('panelSecRemove')}
            </button>
          </div>
        ))}
        <div class="row">
          <button type="button" disabled={stored.length + rows.length >= LIMITS.devices} onClick={() => setRows([...rows, { kind: 'authenticator-app', where: '' }])}>
            {t('panelSecAdd')}
          </button>
        </div>
      </fieldset>
      {confirming ? (
        <div class="notice warn" role="alertdialog" aria-labelledby="link-confirm-remove">
          <p id="link-confirm-remove">{t('linkDevicesConfirmRemove', String(remove.length))}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void save(true)}>
              {t('linkDevicesConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('linkDevicesKeep')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="primary" onClick={() => void save(false)}>
            {t('linkDevicesSave')}
          </button>
        </div>
      )}
      <div role="status">
        {result?.ok && <p class="notice ok">{t('linkDevicesSaved', String(result.count))}</p>}
        {result && !result.ok && <p class="notice bad">{t(result.key!)}</p>}
      </div>
    </section>
  );
}
