/**
 * Importing an Organization's account list (or a CSV, or an export) on the overview: the command
 * that writes the file, with a copy button; a file input that takes several files at once (the
 * pages of a paginated listing); the preview; and the Import button. The same pipeline as the popup.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { LIST_ACCOUNTS_COMMAND } from '../domain/org-import.ts';
import { useImport } from '../ui/use-import.ts';
import { ImportPreview } from '../ui/ImportPreview.tsx';

function CopyCommand() {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(LIST_ACCOUNTS_COMMAND);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="command">
      <p class="small" id="org-command-label">{t('importCommandLabel')}</p>
      <div class="row">
        <code id="org-command">{LIST_ACCOUNTS_COMMAND}</code>
        <button type="button" aria-describedby="org-command" onClick={() => void copy()}>{t('importCopy')}</button>
        {copied && <span class="small" role="status">{t(copied === 'ok' ? 'importCopied' : 'importCopyFailed')}</span>}
      </div>
    </div>
  );
}

export function ImportPanel({ onImported }: { onImported: () => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const imp = useImport(async () => {
    await onImported();
  });
  const onChange = async () => {
    await imp.choose([...(input.current?.files ?? [])]);
    if (input.current) input.current.value = '';
  };
  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <CopyCommand />
      <label for="ov-import-file">{t('importChoose')}</label>
      <p class="hint" id="ov-import-hint">{t('importHint')}</p>
      <input id="ov-import-file" ref={input} type="file" multiple accept="application/json,.json,text/csv,.csv" aria-describedby="ov-import-hint" onChange={() => void onChange()} />
      <ImportPreview
        state={imp.state}
        onConfirm={() => void imp.confirm()}
        onCancel={imp.cancel}
        doneText={(p) => t('importDone', [String(p.added.length), String(p.changed.length)])}
      />
    </section>
  );
}
