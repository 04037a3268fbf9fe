import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { exportAll } from '../shared/db/read-state.ts';
import { todayDay } from '../ui/format.ts';
import { saveFile } from '../ui/download.ts';

/**
 * Downloads everything as one JSON file (nothing leaves the computer but this file). The warning
 * says before the click what the file holds, since people mail such files around. A read that
 * fails (the database could not be opened) says so, rather than a button that does nothing.
 */
export function ExportButton() {
  const [done, setDone] = useState<boolean | null>(null);
  const onClick = async () => {
    setDone(null);
    try {
      const file = await exportAll();
      saveFile(`mfa-lifeline-${todayDay()}.json`, JSON.stringify(file, null, 1), 'application/json');
      setDone(true);
    } catch {
      setDone(false);
    }
  };
  return (
    <div>
      <p class="notice warn small" id="export-warning">{t('exportWarning')}</p>
      <div class="row">
        <button type="button" aria-describedby="export-warning" onClick={() => void onClick()}>{t('popupExport')}</button>
        {done && <span class="small" role="status">{t('popupExported')}</span>}
      </div>
      {done === false && <p class="notice bad small" role="alert">{t('popupExportFailed')}</p>}
    </div>
  );
}
