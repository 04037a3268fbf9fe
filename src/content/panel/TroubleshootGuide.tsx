import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Point, Section, SupportLink } from './parts.tsx';

/** "Troubleshoot your authentication device" / "Trouble signing in?": which option, and what follows. */
export const TroubleshootGuide = ({ ctx }: { ctx: PanelContext }): JSX.Element => (
  <>
    <p>{t('panelTsIntro')}</p>
    <Section k="panelTsResync" n={3} />
    <Section k="panelTsAlt" n={4} ordered />
    <Point ctx={ctx} target="altFactorsChoice" />
    <p class="muted">{t('panelTsNeither')}</p>
    <SupportLink />
  </>
);
