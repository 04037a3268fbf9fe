import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { exportAll, importAll } from '../shared/db/repo.ts';
import { LIMITS } from '../domain/limits.ts';
import { todayDay } from '../ui/format.ts';
import { notifyChanged } from './store.ts';

/** Downloads everything as one JSON file (nothing leaves the computer but this file). */
export function ExportButton() {
  const [done, setDone] = useState(false);
  const onClick = async () => {
    const file = await exportAll();
    const blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `mfa-lifeline-${todayDay()}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setDone(true);
  };
  return (
    <>
      <button type="button" onClick={() => void onClick()}>{t('popupExport')}</button>
      {done && <span class="small" role="status">{t('popupExported')}</span>}
    </>
  );
}

type Message = { kind: 'ok' | 'bad'; text: string } | null;

/** Reads a chosen export file, validates all of it, and applies it or nothing. */
export function ImportPicker({ onImported }: { onImported: () => Promise<void> }) {
  const [message, setMessage] = useState<Message>(null);
  const input = useRef<HTMLInputElement>(null);
  const onChange = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setMessage(null);
    const result = await readAndImport(file);
    if (input.current) input.current.value = '';
    if (result.ok) {
      notifyChanged();
      await onImported();
    }
    setMessage(result);
  };
  return (
    <div>
      <label for="import-file">{t('popupImport')}</label>
      <p class="hint" id="import-hint">{t('popupImportHint')}</p>
      <input id="import-file" ref={input} type="file" accept="application/json,.json" aria-describedby="import-hint" onChange={() => void onChange()} />
      {message && (
        <p class={`notice ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>{message.text}</p>
      )}
    </div>
  );
}

async function readAndImport(file: File): Promise<{ kind: 'ok' | 'bad'; text: string; ok: boolean }> {
  const bad = (text: string) => ({ kind: 'bad' as const, text, ok: false });
  if (file.size > LIMITS.fileBytes) return bad(t('popupImportFileTooBig'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return bad(t('popupImportNotJson'));
  }
  const r = await importAll(parsed).catch(() => ({ ok: false as const, errorKey: 'popupImportWriteFailed' }));
  if (!r.ok) {
    const where = 'path' in r && r.path ? ` ${t('popupImportWhere', r.path)}` : '';
    return bad(`${t(r.errorKey) || t('popupImportInvalid')}${where} ${t('popupImportNothingChanged')}`);
  }
  return { kind: 'ok', ok: true, text: t('popupImported', [String(r.counts.accounts), String(r.counts.cases)]) };
}
