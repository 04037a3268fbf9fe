import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import { href } from './route.ts';
import { ExportButton } from './ExportButton.tsx';

/** Data worth keeping: an account, or any recorded progress. */
export function hasDataWorthKeeping(s: StoredState): boolean {
  return s.accounts.length > 0 || s.cases.length > 0 || s.drills.length > 0;
}

/** Uninstalling an extension deletes its storage; say so, and offer the export right there. */
export function UninstallNote({ state, withLink = true }: { state: StoredState; withLink?: boolean }) {
  if (!hasDataWorthKeeping(state)) return null;
  return (
    <div class="notice warn small">
      <p>{t('popupUninstallWarning')}</p>
      <div class="row">
        <ExportButton />
        {withLink && <a href={`${href({ name: 'settings' })}`}>{t('popupMoreDataOptions')}</a>}
      </div>
    </div>
  );
}
