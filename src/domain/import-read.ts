/**
 * Turns one chosen file (its name and text) into a parsed source: the extension's own export,
 * an Organizations account list (JSON), or a CSV. The one entry every import goes through. Pure.
 */
import { parseExportFile } from './export-schema.ts';
import { parseCsvAccounts } from './csv-import.ts';
import type { SourceResult } from './import-source.ts';
import { LIMITS } from './limits.ts';
import { looksLikeOrganizations, parseOrganizations } from './org-import.ts';

/** Files larger than this are refused before they are read. */
export function maxImportBytes(): number {
  return LIMITS.fileBytes;
}

function isObject(x: unknown): x is Record<string, unknown> {
  // Stryker disable next-line ConditionalExpression: only JSON.parse output reaches it, and a parsed string, number or boolean has no own "format" either
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `bytes` is the file's size as the browser reports it (checked before the text is read). */
export function readSource(file: string, text: string, bytes = text.length): SourceResult {
  // The text's own length too, in case a caller passed a wrong size.
  if (Math.max(bytes, text.length) > LIMITS.fileBytes) {
    return { ok: false, error: { file, errorKey: 'importFileTooBig', subs: [String(Math.round(LIMITS.fileBytes / 1024 / 1024))] } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === '{' || first === '[' || /\.json$/i.test(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, error: { file, errorKey: 'popupImportNotJson' } };
    }
    if (looksLikeOrganizations(parsed)) return parseOrganizations(file, parsed);
    if (isObject(parsed) && Object.hasOwn(parsed, 'format')) {
      const r = parseExportFile(parsed);
      if (!r.ok) return { ok: false, error: { file, errorKey: r.errorKey, ...(r.path ? { path: r.path } : {}) } };
      return { ok: true, source: { kind: 'export', file, export: r.file } };
    }
    return { ok: false, error: { file, errorKey: 'importUnknownJson' } };
  }
  return parseCsvAccounts(file, body);
}
