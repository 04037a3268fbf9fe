/**
 * Small pieces every panel page shares. Long guides are runs of numbered locale keys
 * ("panelAltEmail1", "panelAltEmail2", …): the words live in _locales and cost the content
 * script no bytes; the code only says how many there are.
 *
 * Components with state are classes on purpose: preact/hooks would add about 1 KB gzip to a
 * content script with an 18 KB budget.
 */
import { Component, createRef, type ButtonHTMLAttributes, type ComponentChildren, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { AccountStatus, LinkTicket } from '../../shared/messages.ts';
import type { PanelContext, SiteTarget } from '../panel-contract.ts';

import { SUPPORT_FORM_URL } from '../../site/aws-urls.ts';

/** ["p1", "p2", …, "pN"]. */
export const seq = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => prefix + (i + 1));

export const List = ({ keys, ordered }: { keys: string[]; ordered?: boolean }): JSX.Element => {
  const items = keys.map((k) => <li key={k}>{t(k)}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
};

/** A titled run of points: key `k` is the heading, `k1`…`kN` the points. */
export const Section = ({ k, n, ordered }: { k: string; n: number; ordered?: boolean }): JSX.Element => (
  <>
    <h3>{t(k)}</h3>
    <List keys={seq(k, n)} ordered={ordered} />
  </>
);

type BtnProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> & { onClick: () => unknown; primary?: boolean; children: ComponentChildren };

/**
 * A real button that acts only on the user's own click or key press: a script on the page
 * dispatching a synthetic click must not record, copy or send anything.
 */
export const Btn = ({ onClick, primary, ...rest }: BtnProps): JSX.Element => (
  <button type="button" class={primary ? 'primary' : undefined} {...rest} onClick={(e) => e.isTrusted && onClick()} />
);

/** AWS's lost-MFA support form, in a new tab so the page the user is on stays. */
export const SupportLink = (): JSX.Element => (
  <p>
    <a href={SUPPORT_FORM_URL} target="_blank" rel="noopener noreferrer">
      {t('panelSupportLink')}
    </a>
  </p>
);

/**
 * A ring drawn in the panel's own shadow root over an element of AWS's page, following it on
 * scroll and resize (at most once per frame). AWS's markup is never touched.
 */
export class Ring extends Component<{ el: Element }, { box?: Record<string, string> }> {
  raf = 0;
  me = createRef<HTMLDivElement>();
  tick = (): void => {
    this.raf ||= requestAnimationFrame(() => {
      this.raf = 0;
      const { el } = this.props;
      const r = el.getBoundingClientRect();
      // Fixed positioning inside the panel's host is relative to the host (it is a containing
      // block: contain: layout), not to the viewport, so subtract where the host is.
      const root = this.me.current?.getRootNode();
      const o = root instanceof ShadowRoot ? root.host.getBoundingClientRect() : { top: 0, left: 0 };
      const px = (n: number) => `${Math.round(n)}px`;
      // 4 px of air around the element on every side.
      const box = { top: px(r.top - o.top - 4), left: px(r.left - o.left - 4), width: px(r.width + 8), height: px(r.height + 8) };
      this.setState({ box: el.isConnected && r.width ? box : undefined });
    });
  };
  override componentDidMount(): void {
    this.tick();
    addEventListener('scroll', this.tick, true);
    addEventListener('resize', this.tick);
  }
  override componentWillUnmount(): void {
    cancelAnimationFrame(this.raf);
    removeEventListener('scroll', this.tick, true);
    removeEventListener('resize', this.tick);
  }
  render(): JSX.Element {
    return <div ref={this.me} class="ring" aria-hidden="true" style={this.state.box ?? { display: 'none' }} />;
  }
}

interface PointProps {
  ctx: PanelContext;
  target: SiteTarget;
  /** Draw at once instead of on a "Show me" click. */
  auto?: boolean;
  /** Progress step recorded when the element was found and pointed at. */
  step?: string;
}

/** Points at one of AWS's own controls, or says the page does not show it right now. */
export class Point extends Component<PointProps, { el?: Element | null }> {
  show = (scroll?: boolean): void => {
    const { ctx, target, step } = this.props;
    const el = ctx.find(target);
    if (el && scroll) el.scrollIntoView({ block: 'center' });
    if (el && step) ctx.record(step);
    this.setState({ el });
  };
  override componentDidMount(): void {
    if (this.props.auto) this.show();
  }
  render({ auto }: PointProps, { el }: { el?: Element | null }): JSX.Element {
    return (
      <>
        {!auto && (
          <div class="row">
            <Btn onClick={() => this.show(true)}>{t('panelShowMe')}</Btn>
          </div>
        )}
        {el ? <Ring el={el} /> : el === null && <p class="muted">{t('panelNotOnPage')}</p>}
      </>
    );
  }
}

/** What the worker says about the account a console page shows, in the panel's words. */
export const STATUS: Record<AccountStatus, string> = {
  'in-list': 'panelStatusInList',
  'not-in-list': 'panelStatusNotInList',
  'no-id': 'panelStatusNoId',
};

/**
 * Opens the link page (an extension page, in a new tab) for what needs the user's stored data:
 * choosing the account, comparing numbers, recording devices, handing over a recovery. The
 * worker opens it (content scripts cannot); the panel sends only what the AWS page shows.
 * `before` runs first (e.g. the tree's pending recovery must be recorded before the page reads it).
 */
interface OpenLinkProps {
  ticket: LinkTicket;
  label: string;
  primary?: boolean;
  before?: () => Promise<unknown>;
}

export class OpenLink extends Component<OpenLinkProps, { opened?: boolean }> {
  open = (): void => {
    const { ticket, before } = this.props;
    (before ? before().catch(() => undefined) : Promise.resolve())
      .then(() => send('cs→bg/link:open', ticket))
      .then(
        ({ opened }) => this.setState({ opened }),
        () => this.setState({ opened: false }),
      );
  };
  render({ label, primary }: OpenLinkProps, { opened }: { opened?: boolean }): JSX.Element {
    return (
      <>
        <div class="row">
          <Btn primary={primary} onClick={this.open}>
            {label}
          </Btn>
        </div>
        <p class="muted">{t('panelLinkWhy')}</p>
        <div role="status">{opened ? <p class="ok">{t('panelLinkOpened')}</p> : opened === false && <p class="bad">{t('panelWorkerDown')}</p>}</div>
      </>
    );
  }
}
