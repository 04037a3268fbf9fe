import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { exportAll } from '../shared/db/repo.ts';
import { todayDay } from '../ui/format.ts';
import { saveFile } from '../ui/download.ts';
import { useImport } from '../ui/use-import.ts';
import { ImportPreview } from '../ui/ImportPreview.tsx';

/**
 * Downloads everything as one JSON file (nothing leaves the computer but this file). The warning
 * says before the click what the file holds, since people mail such files around.
 */
export function ExportButton() {
  const [done, setDone] = useState(false);
  const onClick = async () => {
    const file = await exportAll();
    saveFile(`mfa-lifeline-${todayDay()}.json`, JSON.stringify(file, null, 1), 'application/json');
    setDone(true);
  };
  return (
    <div>
      <p class="notice warn small" id="export-warning">{t('exportWarning')}</p>
      <div class="row">
        <button type="button" aria-describedby="export-warning" onClick={() => void onClick()}>{t('popupExport')}</button>
        {done && <span class="small" role="status">{t('popupExported')}</span>}
      </div>
    </div>
  );
}

/**
 * Reads a chosen file (an export, an Organizations account list or a CSV), shows what importing
 * it would do, and writes only when the user presses Import (all of it, or nothing).
 */
export function ImportPicker({ onImported }: { onImported: () => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const imp = useImport(async () => {
    await onImported();
  });
  const onChange = async () => {
    const files = [...(input.current?.files ?? [])];
    await imp.choose(files);
    if (input.current) input.current.value = '';
  };
  return (
    <div>
      <label for="import-file">{t('popupImport')}</label>
      <p class="hint" id="import-hint">{t('importPopupHint')}</p>
      <input id="import-file" ref={input} type="file" multiple accept="application/json,.json,text/csv,.csv" aria-describedby="import-hint" onChange={() => void onChange()} />
      <ImportPreview
        state={imp.state}
        onConfirm={() => void imp.confirm()}
        onCancel={imp.cancel}
        doneText={(p) => t('popupImported', [String(p.added.length + p.changed.length), String(p.cases)])}
      />
    </div>
  );
}
