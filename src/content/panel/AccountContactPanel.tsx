/**
 * Console Account page: confirm in one click that the contact phone and e-mail shown are still
 * the user's (the worker records the date for the chosen account), and say plainly when the
 * phone is not stored in the international form AWS's recovery call needs.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { PhoneCheck } from '../../shared/messages.ts';
import { phoneErrorKey } from '../../domain/phone-error-key.ts';
import type { PanelContext } from '../panel-contract.ts';
import { AccountPicker, usePickedAccount } from './AccountPicker.tsx';
import { Btn } from './parts.tsx';

export function AccountContactPanel({ ctx }: { ctx: PanelContext }): JSX.Element {
  const p = usePickedAccount(ctx);
  const shown = ctx.readText('contactPhoneShown');
  const [phone, setPhone] = useState<PhoneCheck | null>(null);
  const [done, setDone] = useState<boolean | null>(null);
  useEffect(() => {
    // An empty country asks for the shown-on-AWS check: the number must already be +country.
    if (shown) send('cs→bg/phone:format', { input: shown, country: '' }).then(setPhone, () => {});
  }, [shown]);

  const confirm = () =>
    send('cs→bg/console:confirm-contact', { accountKey: p.key, ...(shown ? { phoneShown: shown } : {}) }).then(
      (r) => {
        setDone(r.recorded);
        if (r.phone) setPhone(r.phone);
      },
      () => setDone(false),
    );

  return (
    <>
      <p>{t('panelContactIntro')}</p>
      {shown ? (
        <p>
          {t('panelContactShown')} <b translate={false}>{shown}</b>
        </p>
      ) : (
        <p class="muted">{t('panelContactNoPhone')}</p>
      )}
      {phone && !phone.ok && (
        <div class="box warn" role="alert">
          <p>{t(phoneErrorKey(phone.error))}</p>
          <p>{t('panelContactFix')}</p>
        </div>
      )}
      {phone?.ok && <p class="ok">{t('panelContactIntlOk')}</p>}
      <AccountPicker p={p} />
      {!!p.accounts?.length && (
        <div class="row">
          <Btn primary disabled={!p.key || done === true} onClick={confirm}>
            {t('panelContactConfirm')}
          </Btn>
        </div>
      )}
      <div role="status">
        {done === true && <p class="ok">{t('panelContactDone')}</p>}
        {done === false && <p class="bad">{t('panelWorkerDown')}</p>}
      </div>
    </>
  );
}
