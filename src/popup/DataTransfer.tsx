import { useRef } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { useImport } from '../ui/use-import.ts';
import { ImportPreview } from '../ui/ImportPreview.tsx';

// On the first screen too (UninstallNote): its own module, without the import's.
export { ExportButton } from './ExportButton.tsx';

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
