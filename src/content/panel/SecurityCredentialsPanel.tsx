/**
 * Console Security credentials page: AWS allows up to eight MFA devices per user; the user may
 * note which ones they have (kind and where it is kept) for the prevention checklist. Only the
 * panel's own fields are read: never AWS's inputs, never a code.
 */
import { Component, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { MfaDeviceKind } from '../../shared/model.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, WithAccount } from './parts.tsx';

const KINDS: MfaDeviceKind[] = ['authenticator-app', 'passkey', 'security-key', 'hardware-totp'];
const MAX_DEVICES = 8;
type Row = { kind: MfaDeviceKind; where: string };
interface State {
  rows: Row[];
  /** Number of devices saved, or false when the worker could not save them. */
  saved?: number | false;
}
const blank = (): Row => ({ kind: 'authenticator-app', where: '' });

export class SecurityCredentialsPanel extends Component<{ ctx: PanelContext }, State> {
  override state: State = { rows: [blank()] };

  rows(rows: Row[]): void {
    this.setState({ rows, saved: undefined });
  }
  edit(i: number, patch: Partial<Row>): void {
    this.rows(this.state.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  }
  save(accountKey: string): void {
    const devices = this.state.rows.map((r) => ({ kind: r.kind, where: r.where.trim() }));
    send('cs→bg/console:record-mfa', { accountKey, devices }).then(
      ({ recorded }) => this.setState({ saved: recorded && devices.length }),
      () => this.setState({ saved: false }),
    );
  }

  render({ ctx }: { ctx: PanelContext }, { rows, saved }: State): JSX.Element {
    return (
      <>
        <p>{t('panelSecIntro')}</p>
        <p class="muted">{t('panelSecTwo')}</p>
        <WithAccount ctx={ctx}>
          {(key) => (
            <fieldset>
              <legend>{t('panelSecDevices')}</legend>
              <p class="muted">{t('panelSecNoSecret')}</p>
              {rows.map((r, i) => (
                <div class="box" key={i} role="group" aria-label={t('panelSecDeviceN', String(i + 1))}>
                  <label for={`mfl-kind-${i}`}>{t('panelSecKind')}</label>
                  <select id={`mfl-kind-${i}`} value={r.kind} onChange={(e) => this.edit(i, { kind: e.currentTarget.value as MfaDeviceKind })}>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`panelKind_${k.replace(/-/g, '_')}`)}
                      </option>
                    ))}
                  </select>
                  <label for={`mfl-where-${i}`}>{t('panelSecWhere')}</label>
                  <input id={`mfl-where-${i}`} maxLength={80} autoComplete="off" value={r.where} placeholder={t('panelSecWherePh')} onInput={(e) => this.edit(i, { where: e.currentTarget.value })} />
                  {rows.length > 1 && (
                    <div class="row">
                      <Btn onClick={() => this.rows(rows.filter((_, j) => j !== i))}>{t('panelSecRemove')}</Btn>
                    </div>
                  )}
                </div>
              ))}
              <div class="row">
                <Btn disabled={rows.length >= MAX_DEVICES} onClick={() => this.rows([...rows, blank()])}>
                  {t('panelSecAdd')}
                </Btn>
                <Btn primary disabled={!key} onClick={() => this.save(key)}>
                  {t('panelSecSave')}
                </Btn>
              </div>
            </fieldset>
          )}
        </WithAccount>
        <div role="status">
          {saved ? <p class="ok">{t('panelSecSaved', String(saved))}</p> : saved === false && <p class="bad">{t('panelWorkerDown')}</p>}
        </div>
      </>
    );
  }
}
