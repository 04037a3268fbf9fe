import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Section, SupportLink } from './parts.tsx';

/**
 * Sign-in with alternative factors: e-mail, then phone, then sign in. After a failed phone
 * verification the help for that failure comes first, because that is where the user is stuck.
 */
export function AltFactorsGuide({ ctx }: { ctx: PanelContext }): JSX.Element {
  const failed = ctx.variant === 'phone-failed';
  const failure = (
    <div class={failed ? 'box warn' : 'box'}>
      <Section k="panelAltFail" n={4} />
      <SupportLink />
    </div>
  );
  return (
    <>
      {failed && failure}
      <p>{t('panelAltIntro')}</p>
      <Section k="panelAltEmail" n={3} />
      <Section k="panelAltPhone" n={4} />
      <Section k="panelAltAfter" n={2} />
      {!failed && failure}
    </>
  );
}
