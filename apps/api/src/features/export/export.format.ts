import type { Row } from './export.snapshot.js';

export enum ExportFormat {
  NDJSON = 'NDJSON',
  CSV = 'CSV',
}

export enum ExportColumnType {
  ID = 'ID',
  STRING = 'STRING',
  INTEGER = 'INTEGER',
  BOOLEAN = 'BOOLEAN',
  TIMESTAMP = 'TIMESTAMP',
  JSON = 'JSON',
}

/**
 * One column of a dataset: the single source of truth for the CSV header, the NDJSON keys and
 * the `exportDatasets` discovery query. `value` reads it from a row of the export's SQL.
 */
export interface ExportColumn {
  name: string;
  type: ExportColumnType;
  description: string;
  /** The formats that carry it (default: both). A nested timeline is NDJSON only. */
  formats?: readonly ExportFormat[];
  value(row: Row): unknown;
}

export const inFormat = (column: ExportColumn, format: ExportFormat) => column.formats?.includes(format) ?? true;

// ---- reading raw values: SQLite gives ms, 0/1 and JSON text; PostgreSQL Date, boolean, objects --

export function timestamp(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const n = typeof v === 'number' ? v : /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
  return Number.isFinite(n) ? new Date(n).toISOString() : null;
}

export function boolean(v: unknown): boolean | null {
  if (v === null || v === undefined) return null;
  return v === true || v === 1 || v === '1' || v === 't' || v === 'true';
}

export function integer(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  return Number(v);
}

export function json(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Milliseconds since the epoch of a stored date (for keyset bindings). */
/** A stored time as a Date: milliseconds from SQLite, a Date or ISO text from PostgreSQL. */
export function toDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(v);
  const text = String(v);
  return new Date(/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
}

// ---- CSV (RFC 4180) -----------------------------------------------------------------------------

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell, RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes doubled). Text that
 * a spreadsheet would take for a formula (starting with = + - @, or a tab or CR) is prefixed with
 * an apostrophe (OWASP "CSV injection"); numbers, booleans and timestamps are ours and never are.
 */
export function csvCell(value: unknown, type: ExportColumnType): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (type === ExportColumnType.JSON) s = JSON.stringify(value);
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else s = String(value);
  if ((type === ExportColumnType.STRING || type === ExportColumnType.JSON) && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}
