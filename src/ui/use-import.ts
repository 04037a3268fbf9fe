/**
 * The import as every page runs it: read the chosen files, show the preview, and write only when
 * the user confirms (the write recomputes the plan in its transaction; a stale preview is shown
 * again instead of written). One pipeline for the popup and the overview.
 */
import { useState } from 'preact/hooks';
import type { ParsedSource, SourceError } from '../domain/import-source.ts';
import type { ImportPlan } from '../domain/import-plan.ts';
import { send } from '../shared/send.ts';

/**
 * The parsers (with the export schema), the planner and the import's database side, fetched
 * when a file is chosen: a page that shows an import input does not load them before its first
 * paint (the overview, issue #13).
 */
function pipeline() {
  return Promise.all([import('../domain/import-read.ts'), import('../domain/import-plan.ts'), import('../shared/db/import.ts')]).then(([read, plan, db]) => ({ ...read, ...plan, ...db }));
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  /** Some file could not be read at all: nothing is offered for import. */
  | { step: 'failed'; errors: SourceError[] }
  | { step: 'preview'; plan: ImportPlan; sources: ParsedSource[]; stale: boolean }
  | { step: 'applying'; plan: ImportPlan; sources: ParsedSource[] }
  | { step: 'done'; plan: ImportPlan }
  | { step: 'write-failed'; errorKey: string };

/** Reads and parses files; one unreadable file stops the whole import (all or nothing). */
export async function readFiles(files: readonly File[]): Promise<{ sources: ParsedSource[]; errors: SourceError[] }> {
  const { maxImportBytes, readSource } = await pipeline();
  const sources: ParsedSource[] = [];
  const errors: SourceError[] = [];
  for (const f of files) {
    // The size is checked before the text is read: a huge file is never loaded.
    const text = f.size > 0 && f.size <= maxImportBytes() ? await f.text() : '';
    const r = readSource(f.name, text, f.size);
    if (r.ok) sources.push(r.source);
    else errors.push(r.error);
  }
  return { sources, errors };
}

export function useImport(onImported?: (plan: ImportPlan) => void | Promise<void>) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const choose = async (files: readonly File[]) => {
    if (!files.length) return;
    setState({ step: 'reading' });
    try {
      const { sources, errors } = await readFiles(files);
      if (errors.length) return setState({ step: 'failed', errors });
      const { previewImport } = await pipeline();
      setState({ step: 'preview', plan: await previewImport(sources), sources, stale: false });
    } catch {
      setState({ step: 'write-failed', errorKey: 'popupLoadFailed' });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { plan, sources } = state;
    setState({ step: 'applying', plan, sources });
    const { applyImport, planSignature, planWritesSomething } = await pipeline();
    const r = await applyImport(sources, planSignature(plan)).catch(() => ({ ok: false as const, errorKey: 'popupImportWriteFailed' }));
    if (r.ok) {
      // The worker re-derives reminders and the badge; a missing worker is fine.
      if (planWritesSomething(r.plan)) send('ui→bg/state:changed', {}).catch(() => undefined);
      setState({ step: 'done', plan: r.plan });
      await onImported?.(r.plan);
    } else if ('stale' in r && r.stale) {
      setState({ step: 'preview', plan: r.plan, sources, stale: true });
    } else {
      setState({ step: 'write-failed', errorKey: 'errorKey' in r ? r.errorKey : 'popupImportWriteFailed' });
    }
  };

  const cancel = () => setState({ step: 'idle' });
  return { state, choose, confirm, cancel };
}
