import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { List, seq, SupportLink } from './parts.tsx';

/**
 * Sign-in with alternative factors: e-mail, then phone, then sign in. After a failed phone
 * verification the help for that failure comes first, because that is where the user is stuck.
 */
export function AltFactorsGuide({ ctx }: { ctx: PanelContext }): JSX.Element {
  const failed = ctx.variant === 'phone-failed';
  const failure = (
    <div class={failed ? 'box warn' : 'box'}>
      <h3>{t('panelAltFailTitle')}</h3>
      <List keys={seq('panelAltFail', 4)} />
      <SupportLink />
    </div>
  );
  return (
    <>
      {failed && failure}
      <p>{t('panelAltIntro')}</p>
      <h3>{t('panelAltEmailTitle')}</h3>
      <List keys={seq('panelAltEmail', 3)} />
      <h3>{t('panelAltPhoneTitle')}</h3>
      <List keys={seq('panelAltPhone', 4)} />
      <h3>{t('panelAltAfterTitle')}</h3>
      <List keys={seq('panelAltAfter', 2)} />
      {!failed && failure}
    </>
  );
}
