/**
 * Reports from the overview: a CSV of rows and the extension's own export restricted to some
 * accounts. Both are built whole in memory before anything is saved (all or nothing), and
 * neither holds a secret (none is stored; device notes are left out of the CSV). Pure.
 */
import type { ExportFile, StoredState } from '../shared/model.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-schema.ts';

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first) is prefixed with an apostrophe: labels are typed by people and
 * imported from files, and a report must not become a spreadsheet attack.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text with CRLF line ends and a BOM, so spreadsheets read UTF-8 (Japanese labels). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The extension's export of the accounts in `keys` and everything that belongs to them; imports back as is. */
export function exportSubset(state: StoredState, keys: ReadonlySet<string>, exportedAt: string): ExportFile {
  const cases = state.cases.filter((c) => keys.has(c.accountKey));
  const subjects = new Set([...keys, ...cases.map((c) => c.id)]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    data: {
      accounts: state.accounts.filter((a) => keys.has(a.key)),
      prevention: state.prevention.filter((p) => keys.has(p.accountKey)),
      cases,
      // Stryker disable next-line ConditionalExpression: no chosen key is undefined, so an event without an account is left out either way
      progress: state.progress.filter((e) => e.accountKey !== undefined && keys.has(e.accountKey)),
      drills: state.drills.filter((d) => keys.has(d.accountKey)),
      settings: state.settings,
      reminderLogs: state.reminderLogs.filter((l) => subjects.has(l.id.slice(l.id.indexOf(':') + 1))),
    },
  };
}
