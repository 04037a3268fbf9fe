/**
 * Console Security credentials page: AWS allows up to eight MFA devices per user; the user may
 * note which ones they have (kind and where it is kept) for the prevention checklist. Only the
 * panel's own fields are read: never AWS's inputs, never a code.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { MfaDeviceKind } from '../../shared/model.ts';
import type { PanelContext } from '../panel-contract.ts';
import { AccountPicker, usePickedAccount } from './AccountPicker.tsx';
import { Btn } from './parts.tsx';

const KINDS: MfaDeviceKind[] = ['authenticator-app', 'passkey', 'security-key', 'hardware-totp'];
const MAX_DEVICES = 8;
type Row = { kind: MfaDeviceKind; where: string };

export function SecurityCredentialsPanel({ ctx }: { ctx: PanelContext }): JSX.Element {
  const p = usePickedAccount(ctx);
  const [rows, setRows] = useState<Row[]>([{ kind: 'authenticator-app', where: '' }]);
  const [saved, setSaved] = useState<number | false | null>(null);
  const edit = (i: number, patch: Partial<Row>) => {
    setSaved(null);
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const save = () => {
    const devices = rows.map((r) => ({ kind: r.kind, where: r.where.trim() }));
    send('cs→bg/console:record-mfa', { accountKey: p.key, devices }).then(
      (r) => setSaved(r.recorded && devices.length),
      () => setSaved(false),
    );
  };

  return (
    <>
      <p>{t('panelSecIntro')}</p>
      <p class="muted">{t('panelSecTwo')}</p>
      <AccountPicker p={p} />
      {!!p.accounts?.length && (
        <fieldset>
          <legend>{t('panelSecDevices')}</legend>
          <p class="muted">{t('panelSecNoSecret')}</p>
          {rows.map((r, i) => (
            <div class="box" key={i} role="group" aria-label={t('panelSecDeviceN', String(i + 1))}>
              <label for={`mfl-kind-${i}`}>{t('panelSecKind')}</label>
              <select id={`mfl-kind-${i}`} value={r.kind} onChange={(e) => edit(i, { kind: e.currentTarget.value as MfaDeviceKind })}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`panelKind_${k.replace(/-/g, '_')}`)}
                  </option>
                ))}
              </select>
              <label for={`mfl-where-${i}`}>{t('panelSecWhere')}</label>
              <input id={`mfl-where-${i}`} maxLength={80} autoComplete="off" value={r.where} placeholder={t('panelSecWherePh')} onInput={(e) => edit(i, { where: e.currentTarget.value })} />
              {rows.length > 1 && (
                <div class="row">
                  <Btn onClick={() => (setSaved(null), setRows(rows.filter((_, j) => j !== i)))}>{t('panelSecRemove')}</Btn>
                </div>
              )}
            </div>
          ))}
          <div class="row">
            <Btn disabled={rows.length >= MAX_DEVICES} onClick={() => (setSaved(null), setRows([...rows, { kind: 'authenticator-app', where: '' }]))}>
              {t('panelSecAdd')}
            </Btn>
            <Btn primary disabled={!p.key} onClick={save}>
              {t('panelSecSave')}
            </Btn>
          </div>
        </fieldset>
      )}
      <div role="status">
        {saved !== null && saved !== false && <p class="ok">{t('panelSecSaved', String(saved))}</p>}
        {saved === false && <p class="bad">{t('panelWorkerDown')}</p>}
      </div>
    </>
  );
}
