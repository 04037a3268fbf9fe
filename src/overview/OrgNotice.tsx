/**
 * Member accounts of an Organization need not depend on a root MFA device at all: the management
 * account can manage their root credentials centrally. Said once, with the way there (AWS docs,
 * opened in a new tab; the extension itself makes no request).
 */
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import { CENTRAL_ROOT_ACCESS } from '../domain/org-guidance.ts';

export function OrgNotice({ state }: { state: StoredState }) {
  let members = 0;
  const management = new Set<string>();
  for (const a of state.accounts) {
    if (a.orgRole === 'member' || (a.orgMember && a.orgRole === undefined)) members++;
    if (a.orgRole === 'management' && a.accountId) management.add(a.accountId);
    else if (a.managementAccountId) management.add(a.managementAccountId);
  }
  if (members === 0 && management.size === 0) return null;
  return (
    <section class="notice" aria-labelledby="org-title">
      <h2 id="org-title">{t('overviewOrgTitle')}</h2>
      {management.size > 0 && <p>{t('overviewOrgManagement', [...management].join(', '))}</p>}
      {members > 0 && <p>{t('overviewOrgMembers', String(members))}</p>}
      <p>
        <a href={CENTRAL_ROOT_ACCESS.docsUrl} target="_blank" rel="noopener noreferrer">{t('overviewOrgDocs')}</a>
        {' · '}
        <a href={CENTRAL_ROOT_ACCESS.rePostUrl} target="_blank" rel="noopener noreferrer">{t('overviewOrgRePost')}</a>
      </p>
    </section>
  );
}
