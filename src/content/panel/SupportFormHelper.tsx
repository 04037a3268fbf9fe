/**
 * On AWS's lost-MFA support form: what the form needs (the phone in international form) and what
 * happens after submitting, the same for every user. The number itself is never typed here: a
 * page's capture-phase key listeners would hear every key (issue #9). The button opens the link
 * page, where the user picks a saved account's number or types one, and copies its +country form.
 */
import type { JSX } from 'preact';
import { currentLang, t } from '../../shared/i18n.ts';
import { List, OpenLink, Section, seq } from './parts.tsx';

export const SupportFormHelper = (): JSX.Element => (
  <>
    <p>{t('panelFormPhoneIntro')}</p>
    <OpenLink primary label={t('panelFormPhoneOpen')} ticket={{ purpose: 'phone-format' }} />
    <Section k="panelAfter" n={4} />
    {/* Japanese-speaking support is a tip for people in or from Japan, not for everyone. */}
    {(currentLang() === 'ja' || /-JP\b/.test(navigator.language)) && <p>{t('panelJaSupport')}</p>}
    <details>
      <summary>{t('panelPhrase')}</summary>
      <List keys={seq('panelPhrase', 5)} />
    </details>
  </>
);
