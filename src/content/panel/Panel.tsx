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
import { SHORTCUT_LABEL } from '../shortcut.ts';

const SHORTCUT_ARIA = 'Alt+Shift+M';
import { MfaCodeGuide } from './MfaCodeGuide.tsx';
import { DeviceChoiceGuide } from './DeviceChoiceGuide.tsx';
import { MfaKeyGuide } from './MfaKeyGuide.tsx';
import { TroubleshootGuide } from './TroubleshootGuide.tsx';
import { AltFactorsGuide } from './AltFactorsGuide.tsx';
import { SupportFormHelper } from './SupportFormHelper.tsx';
import { AccountContactPanel } from './AccountContactPanel.tsx';
import { SecurityCredentialsPanel } from './SecurityCredentialsPanel.tsx';

/** What the panel's frame may ask of its host (mount.ts / placement.ts). */
export interface PanelShell {
  /** Open the panel from its docked bar. */
  expand(): void;
  /** Back to the bar; focus returns to where it was. */
  minimize(): void;
}

export interface PanelProps {
  ctx: PanelContext;
  onClose: () => void;
  shell?: PanelShell;
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
 * The panel's frame: the docked bar (shown when there is no free space beside AWS's form, or the
 * user minimized the panel) and the panel itself. Placement, size and which of the two shows are
 * the host's (data-mode on the shadow root's box). After a step replaces the control the user
 * pressed, focus moves to the new content's heading or first control instead of falling to the page.
 */
class Frame extends Component<PanelProps> {
  me = createRef<HTMLElement>();
  /** After a press inside the panel: if the pressed control is gone, focus what replaced it. */
  rescue = (e: Event): void => {
    if (!e.isTrusted) return;
    const pressed = e.target as Element | null;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const s = this.me.current;
        const root = s?.getRootNode() as ShadowRoot | undefined;
        if (!s || !root || (root.activeElement && root.activeElement.isConnected) || pressed?.isConnected) return;
        const head = s.querySelector<HTMLElement>('.body h3, .body h4, .body [role="heading"]');
        const target = head ?? s.querySelector<HTMLElement>('.body button, .body a[href], .body input, .body select');
        if (!target) return;
        if (head && !head.hasAttribute('tabindex')) head.setAttribute('tabindex', '-1');
        target.focus();
      }),
    );
  };
  render({ ctx, onClose, shell }: PanelProps): JSX.Element {
    const Guide = GUIDES[ctx.page];
    const title = t(`panelHead_${ctx.page.replace(/-/g, '_')}`);
    return (
      <>
        <div class="dock">
          <Btn class="bar primary" aria-label={`${t('panelTitle')}: ${title}`} aria-keyshortcuts={SHORTCUT_ARIA} onClick={() => shell?.expand()}>
            <span class="brand-bar">{t('panelTitle')}</span>
            <span class="muted">{t('calmDockOpen', SHORTCUT_LABEL)}</span>
          </Btn>
        </div>
        <section ref={this.me} class="panel" lang={currentLang()} aria-labelledby="mfl-title" onClick={this.rescue}>
          <div class="head">
            <h2 id="mfl-title" tabIndex={-1}>
              <span class="brand">{t('panelTitle')}</span>
              {title}
            </h2>
            {shell && (
              <Btn class="x" aria-label={t('calmMinimize')} title={t('calmMinimize')} onClick={() => shell.minimize()}>
                –
              </Btn>
            )}
            <Btn class="x" aria-label={t('commonClose')} onClick={onClose}>
              ×
            </Btn>
          </div>
          <p class="muted keys">{t('calmShortcutHint', SHORTCUT_LABEL)}</p>
          <div class="body">{Guide && <Guide ctx={ctx} />}</div>
        </section>
      </>
    );
  }
}
