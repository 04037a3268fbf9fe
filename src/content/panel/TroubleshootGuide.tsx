import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { List, Point, seq, SupportLink } from './parts.tsx';

/** "Troubleshoot your authentication device" / "Trouble signing in?": which option, and what follows. */
export function TroubleshootGuide({ ctx }: { ctx: PanelContext }): JSX.Element {
  return (
    <>
      <p>{t('panelTsIntro')}</p>
      <h3>{t('panelTsResyncTitle')}</h3>
      <List keys={seq('panelTsResync', 3)} />
      <h3>{t('panelTsAltTitle')}</h3>
      <List ordered keys={seq('panelTsAlt', 4)} />
      <Point ctx={ctx} target="altFactorsChoice" />
      <p class="muted">{t('panelTsNeither')}</p>
      <SupportLink />
    </>
  );
}
