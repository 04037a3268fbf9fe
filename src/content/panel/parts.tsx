/**
 * Small pieces every panel page shares. Long guides are runs of numbered locale keys
 * ("panelAltEmail1", "panelAltEmail2", …): the words live in _locales, so they cost the
 * content script no bytes, and the code only says how many there are.
 */
import type { ButtonHTMLAttributes, ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { PanelContext, SiteTarget } from '../panel-contract.ts';

export const SUPPORT_FORM_URL = 'https://aws.amazon.com/forms/aws-mfa-support';

/** ["p1", "p2", …, "pN"]. */
export const seq = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => prefix + (i + 1));

export function List({ keys, ordered }: { keys: string[]; ordered?: boolean }): JSX.Element {
  const items = keys.map((k) => <li key={k}>{t(k)}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

type BtnProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> & {
  onClick: () => void;
  primary?: boolean;
  children: ComponentChildren;
};

/**
 * A real button that acts only on a user's own click or key press: a script on the page
 * (AWS's or anyone's) dispatching a synthetic click must not record, copy or send anything.
 */
export function Btn({ onClick, primary, children, ...rest }: BtnProps): JSX.Element {
  return (
    <button type="button" class={primary ? 'primary' : undefined} {...rest} onClick={(e) => e.isTrusted && onClick()}>
      {children}
    </button>
  );
}

/** A link to AWS's lost-MFA support form, in a new tab so the panel's page stays. */
export function SupportLink(): JSX.Element {
  return (
    <p>
      <a href={SUPPORT_FORM_URL} target="_blank" rel="noopener noreferrer">
        {t('panelSupportLink')}
      </a>
    </p>
  );
}

/**
 * A ring drawn in the panel's own shadow root over an element of AWS's page, following it on
 * scroll and resize (at most once per frame). AWS's markup is never touched.
 */
export function Ring({ el }: { el: Element }): JSX.Element | null {
  const [r, setR] = useState<DOMRect | null>(null);
  useEffect(() => {
    let raf = 0;
    const update = () => {
      raf = 0;
      setR(el.isConnected ? el.getBoundingClientRect() : null);
    };
    const schedule = () => {
      raf ||= requestAnimationFrame(update);
    };
    update();
    addEventListener('scroll', schedule, { capture: true, passive: true });
    addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(raf);
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
    };
  }, [el]);
  if (!r || (!r.width && !r.height)) return null;
  const px = (n: number) => `${Math.round(n)}px`;
  return <div class="ring" aria-hidden="true" style={{ top: px(r.top - 4), left: px(r.left - 4), width: px(r.width + 8), height: px(r.height + 8) }} />;
}

/**
 * Points at one of AWS's own controls: drawn at once (`auto`), or on a "Show me" click, which
 * also scrolls it into view. Says so when the page does not have it.
 */
export function Point({ ctx, target, auto }: { ctx: PanelContext; target: SiteTarget; auto?: boolean }): JSX.Element {
  const [el, setEl] = useState<Element | null | undefined>(() => (auto ? ctx.find(target) : undefined));
  const show = () => {
    const found = ctx.find(target);
    found?.scrollIntoView({ block: 'center' });
    setEl(found);
  };
  return (
    <>
      {!auto && (
        <div class="row">
          <Btn onClick={show}>{t('panelShowMe')}</Btn>
        </div>
      )}
      {el ? <Ring el={el} /> : el === null && <p class="muted" role="status">{t('panelNotOnPage')}</p>}
    </>
  );
}
