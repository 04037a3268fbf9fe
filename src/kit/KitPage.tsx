/**
 * The printable recovery kit: per account, what a person needs when the phone and the laptop are
 * gone. Nothing secret is here (nothing secret is stored): the phone is masked, and the devices
 * say only where they are kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account, RecoveryPathId, StoredState } from '../shared/model.ts';
import { setPreventionItem } from '../shared/db/repo.ts';
import { storeFailureText } from '../shared/db/failure-text.ts';
import { send } from '../shared/send.ts';
import { maskPhone } from '../domain/phone.ts';
import { PATHS } from '../domain/recovery-tree.ts';
import { DOCUMENT_STEPS, SUPPORT_FORM_URL } from '../domain/documents.ts';
import { notaryOptions } from '../domain/notaries.ts';
import { hasSecondFactor } from '../domain/readiness.ts';
import { deviceKindKey } from '../ui/device-kinds.ts';
import { formatDate, formatMonth } from '../ui/format.ts';
import { defaultPaper, pageSizeCss, type Paper } from './paper.ts';

import { CONSOLE_SIGNIN_URL as AWS_SIGNIN } from '../site/aws-urls.ts';

/**
 * Marks the kit printed for these accounts (after the print dialog, or by hand): that one item,
 * for all of them, in one transaction on the records as stored now. Resolves to a failure
 * sentence (what happened, what to do), or null when saved.
 */
async function markPrinted(keys: string[]): Promise<string | null> {
  try {
    await setPreventionItem(keys, 'recovery-kit', new Date().toISOString());
  } catch (e) {
    return storeFailureText(e);
  }
  send('ui→bg/state:changed', {}).catch(() => undefined);
  return null;
}

export function KitPage({ state, accountKey }: { state: StoredState; accountKey?: string | undefined }) {
  const accounts = accountKey ? state.accounts.filter((a) => a.key === accountKey) : state.accounts;
  const keys = accounts.map((a) => a.key);
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(navigator.language));
  const [marked, setMarked] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Read from the state as it is now (main.tsx re-renders when another page changes the store).
  const printed = marked || (accounts.length > 0 && accounts.every((a) => state.prevention.find((p) => p.accountKey === a.key)?.done['recovery-kit']));
  const mark = () =>
    void markPrinted(keys).then((failed) => {
      setFailure(failed);
      if (!failed) setMarked(true);
    });

  useEffect(() => {
    // A constructed sheet (CSSOM) rather than an inline <style>: the pages' CSP allows styles
    // from the extension's own files only (issue #9).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageSizeCss(paper));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paper]);

  useEffect(() => {
    const after = () => mark();
    addEventListener('afterprint', after);
    return () => removeEventListener('afterprint', after);
  }, [keys.join(',')]);

  return (
    <main>
      <h1>{t('kitTitle')}</h1>
      <p class="keep">{t('kitKeepWithPassport')}</p>
      <p>{t('kitPrintedOn', formatDate(new Date().toISOString()))}</p>

      <div class="controls" role="group" aria-label={t('kitControls')}>
        <button type="button" onClick={() => print()} disabled={accounts.length === 0}>{t('kitPrint')}</button>
        <label>
          {t('kitPaper')}{' '}
          <select value={paper} onChange={(e) => setPaper(e.currentTarget.value as Paper)}>
            <option value="A4">A4</option>
            <option value="letter">{t('calmPaperLetter')}</option>
            <option value="auto">{t('kitPaperAuto')}</option>
          </select>
        </label>
        {accounts.length > 0 && (
          <label>
            <input type="checkbox" checked={printed} disabled={printed} onChange={mark} />{' '}
            {t('kitMarkPrinted')}
          </label>
        )}
        <span class="detail">{t('kitNoSecrets')}</span>
      </div>
      {failure && (
        <p class="store-failure" role="alert">
          {failure}
        </p>
      )}

      {accounts.length === 0 ? <p>{t('kitNoAccounts')}</p> : accounts.map((a) => <AccountKit key={a.key} account={a} />)}
    </main>
  );
}

function AccountKit({ account: a }: { account: Account }) {
  const paths: RecoveryPathId[] = [
    ...(hasSecondFactor(a) ? (['other-device'] as const) : []),
    ...(a.orgMember ? (['org-management'] as const) : []),
    'alt-factors',
    'support-documents',
  ];
  return (
    <article class="account" aria-labelledby={`k-${a.key}`}>
      <h2 id={`k-${a.key}`}>{a.label}</h2>
      <section>
        <dl class="facts">
          <dt>{t('kitAccountId')}</dt>
          <dd>{a.accountId ?? <span class="blank" />}</dd>
          <dt>{t('kitRootEmail')}</dt>
          <dd>{a.rootEmail ?? <span class="blank" />}</dd>
          <dt>{t('kitPhone')}</dt>
          <dd>{a.phoneE164 ? maskPhone(a.phoneE164) : <span class="blank" />}</dd>
          <dt>{t('kitOrgMember')}</dt>
          <dd>{a.orgMember ? t('commonYes') : t('commonNo')}</dd>
          <dt>{t('kitSignIn')}</dt>
          <dd><a class="url" href={AWS_SIGNIN}>{AWS_SIGNIN}</a></dd>
        </dl>
        <h3>{t('kitDevices')}</h3>
        {a.mfaDevices.length === 0 ? (
          <p>{t('kitNoDevices')} <span class="blank" /></p>
        ) : (
          <ul>
            {a.mfaDevices.map((d) => (
              <li key={d.id}>{t(deviceKindKey(d.kind))}: {d.where || <span class="blank" />}</li>
            ))}
          </ul>
        )}
      </section>

      {paths.map((p, i) => (
        <section key={p}>
          <h3>{t('kitPathN', [String(i + 1), t(PATHS[p].titleKey)])}</h3>
          <p class="detail">{t(PATHS[p].nowKey)} {t(PATHS[p].durationKey)}</p>
          <ol>
            {PATHS[p].steps.map((s) => (
              <li key={s.id}>
                <span class="box" aria-hidden="true" />
                {t(s.titleKey)}
                {s.detailKey && <span class="detail">{t(s.detailKey)}</span>}
              </li>
            ))}
          </ol>
          {p === 'support-documents' && (
            <p>
              {t('kitSupportForm')} <a class="url" href={SUPPORT_FORM_URL}>{SUPPORT_FORM_URL}</a>
            </p>
          )}
        </section>
      ))}

      <section>
        <h3>{t('kitDocuments')}</h3>
        <ol>
          {DOCUMENT_STEPS.map((d) => (
            <li key={d.id}>
              <span class="box" aria-hidden="true" />
              {t(d.titleKey)}
              {d.field && <> <span class="blank" /></>}
              {d.detailKey && <span class="detail">{t(d.detailKey)}</span>}
            </li>
          ))}
        </ol>
        <h3>{t('kitNotaries')}</h3>
        <ul>
          {notaryOptions(a.phoneCountry ?? '').map((o) => (
            <li key={o.id}>
              <strong>{t(o.titleKey)}</strong>
              <span class="detail">
                {t(o.detailKey)}
                {o.fee && ` ${t('docFeeSeen', [o.fee.amount, formatMonth(o.fee.seen)])}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
