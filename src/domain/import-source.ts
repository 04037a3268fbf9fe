/**
 * What every import source (the extension's own export, an Organizations account list, a CSV)
 * is parsed into before anything is matched or written: the one shape the import plan reads.
 * Pure. Errors are locale keys with substitutions, and say where (file, line or path).
 */
import type { ExportFile, OrgRole, OrgStatus } from '../shared/model.ts';

/** One account as a source describes it. */
export interface IncomingAccount {
  /** The 12-digit AWS account ID: what accounts are matched by. */
  accountId: string;
  /** The name the source gives (Organizations "Name", a CSV "Name" column). */
  name?: string;
  rootEmail?: string;
  orgStatus?: OrgStatus;
  orgRole?: OrgRole;
  managementAccountId?: string;
  /** Where in the source, for the preview: "accounts.csv, line 4" or "page-2.json, Accounts[3]". */
  where: Where;
}

/** A place in a source: a file name and a line number or a path inside it. */
export interface Where {
  file: string;
  line?: number;
  path?: string;
}

/** A row or file the import will not take, and why (a locale key with its substitutions). */
export interface Refusal {
  where: Where;
  errorKey: string;
  subs?: string[];
}

/** A parsed source: accounts to match, rows refused, or (the extension's own file) the whole export. */
export type ParsedSource =
  | { kind: 'organizations' | 'csv'; file: string; accounts: IncomingAccount[]; refused: Refusal[] }
  | { kind: 'export'; file: string; export: ExportFile };

/** A source that could not be read at all: nothing from it is imported. */
export interface SourceError {
  file: string;
  errorKey: string;
  subs?: string[];
  /** Where in the file, when known (a path such as "data.accounts[2].label", or a line). */
  path?: string;
  line?: number;
}

export type SourceResult = { ok: true; source: ParsedSource } | { ok: false; error: SourceError };

export const ACCOUNT_ID = /^\d{12}$/;
/** The same e-mail rule the export schema and the account form apply. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
