/**
 * The page elements the panel may point at or read (panel-contract.ts SiteTarget), found from the
 * site data. Only these, only on the pages they belong to, never an input: the panel cannot reach
 * a password or code field through here.
 */
import type { SiteTarget } from './panel-contract.ts';
import type { PageKind } from '../shared/page-kind.ts';
import { hasPhrase, isPhrase, norm, type Phrase } from '../site/text.ts';
import {
  ACCOUNT_ID_LABEL,
  ACCOUNT_ID_VALUE,
  ALT_CHOICE_TEXT,
  CLICKABLE,
  PHONE_LABEL,
  PHONE_VALUE,
  TROUBLESHOOT_LINK_TEXT,
  TRY_ANOTHER_METHOD_TEXT,
} from '../site/aws-pages.ts';
import { isVisible, visibleMatch } from './dom-view.ts';

const ON: Record<SiteTarget, readonly PageKind[]> = {
  troubleshootLink: ['mfa-code', 'mfa-device-choice', 'mfa-key'],
  tryAnotherMethod: ['mfa-code', 'mfa-key'],
  altFactorsChoice: ['troubleshoot'],
  contactPhoneShown: ['account-contact'],
  accountIdShown: ['account-contact', 'security-credentials'],
};

/** Visible text as shown, whitespace collapsed. */
export const shownText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A visible link or button with the text, or the link inside a sentence with it ("Having problems…? Click here"). */
function clickable(doc: Document, list: readonly Phrase[]): Element | null {
  const direct = Array.from(doc.querySelectorAll(CLICKABLE)).find((el) => hasPhrase(norm(el.textContent ?? ''), list) && isVisible(el));
  if (direct || !doc.body) return direct ?? null;
  const around = hasPhrase(norm(doc.body.textContent ?? ''), list) ? visibleMatch(doc.body, list) : null;
  return around?.closest(CLICKABLE) ?? around?.querySelector('a, button') ?? null;
}

/**
 * A value shown next to its label (console key-value pairs: label element, value in a following
 * sibling of the label or of one of its two nearest ancestors).
 */
function labeled(doc: Document, labels: readonly Phrase[], value: RegExp): Element | null {
  const all = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
  for (const label of all) {
    if (label.children.length > 2 || !isPhrase(norm(label.textContent ?? ''), labels)) continue;
    for (let from: Element | null = label, up = 0; from && up < 3; from = from.parentElement, up++) {
      for (let sib = from.nextElementSibling; sib; sib = sib.nextElementSibling) {
        const found = [sib, ...Array.from(sib.querySelectorAll('*'))].find(
          (el) => el.localName !== 'input' && value.test(shownText(el).normalize('NFKC')) && isVisible(el),
        );
        if (found) return found;
      }
    }
  }
  return null;
}

export function findTarget(doc: Document, page: PageKind, target: SiteTarget): Element | null {
  if (!ON[target]?.includes(page)) return null;
  switch (target) {
    case 'troubleshootLink':
      return clickable(doc, TROUBLESHOOT_LINK_TEXT);
    case 'tryAnotherMethod':
      return clickable(doc, TRY_ANOTHER_METHOD_TEXT);
    case 'altFactorsChoice':
      return clickable(doc, ALT_CHOICE_TEXT);
    case 'contactPhoneShown':
      return labeled(doc, PHONE_LABEL, PHONE_VALUE);
    case 'accountIdShown':
      return labeled(doc, ACCOUNT_ID_LABEL, ACCOUNT_ID_VALUE);
  }
}
