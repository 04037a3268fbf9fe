/**
 * The in-page panel, rendered by the content script's machinery inside the open shadow root of
 * <mfa-lifeline-panel>. One guide per recognized page kind; the page is reached only through
 * `ctx`, the worker only through send().
 */
import { Component, createRef, type ComponentType, type JSX } from 'preact';
import type { PageKind } from '../../shared/page-kind.ts';
import { currentLang, t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn } from './parts.tsx';
import { MfaCodeGuide } from './MfaCodeGuide.tsx';
import { DeviceChoiceGuide } from './DeviceChoiceGuide.tsx';
import { MfaKeyGuide } from './MfaKeyGuide.tsx';
import { TroubleshootGuide } from './TroubleshootGuide.tsx';
import { AltFactorsGuide } from './AltFactorsGuide.tsx';
import { SupportFormHelper } from './SupportFormHelper.tsx';
import { AccountContactPanel } from './AccountContactPanel.tsx';
import { SecurityCredentialsPanel } from './SecurityCredentialsPanel.tsx';

export interface PanelProps {
  ctx: PanelContext;
  onClose: () => void;
}

const GUIDES: Record<PageKind, ComponentType<{ ctx: PanelContext }>> = {
  'mfa-code': MfaCodeGuide,
  'mfa-device-choice': DeviceChoiceGuide,
  'mfa-key': MfaKeyGuide,
  troubleshoot: TroubleshootGuide,
  'alt-factors': AltFactorsGuide,
  'support-form': SupportFormHelper,
  'account-contact': AccountContactPanel,
  'security-credentials': SecurityCredentialsPanel,
};

export function Panel(props: PanelProps): JSX.Element {
  return <Frame {...props} />;
}

/**
 * The panel's frame. The machinery places the host beside AWS's form, so the panel's top is not
 * the viewport's: its height is fitted to what is left below it (on mount, resize, and when the
 * pointer or focus enters), so its end stays reachable.
 */
class Frame extends Component<PanelProps> {
  me = createRef<HTMLElement>();
  fit = (): void => {
    const s = this.me.current;
    if (s) s.style.maxHeight = `${Math.max(200, innerHeight - s.getBoundingClientRect().top - 16)}px`;
  };
  override componentDidMount(): void {
    requestAnimationFrame(this.fit);
    addEventListener('resize', this.fit);
  }
  override componentWillUnmount(): void {
    removeEventListener('resize', this.fit);
  }
  render({ ctx, onClose }: PanelProps): JSX.Element {
    const Guide = GUIDES[ctx.page];
    return (
      <section ref={this.me} class="panel" lang={currentLang()} aria-labelledby="mfl-title" onPointerEnter={this.fit} onFocusIn={this.fit}>
        <div class="head">
          <h2 id="mfl-title">
            <span class="brand">{t('panelTitle')}</span>
            {t(`panelHead_${ctx.page.replace(/-/g, '_')}`)}
          </h2>
          <Btn class="x" aria-label={t('commonClose')} onClick={onClose}>
            ×
          </Btn>
        </div>
        {Guide && <Guide ctx={ctx} />}
      </section>
    );
  }
}
