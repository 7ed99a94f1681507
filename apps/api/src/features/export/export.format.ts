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
  /** Set by `plain` (and only there): the cell is one selected value under its type's rule. */
  plain?: PlainSource;
}

/**
 * What a plain column is: the value selected as `from` (a select list's name: `column` of
 * `alias.column`, or the name after `as`), converted by its type's rule alone — `text`,
 * `integer`, `boolean`, `timestamp`, or the global ID of `typename`. The JS path (`value`) and the
 * CSV byte writer (export.bytes.ts, which reads the selected value's JSON bytes) both follow it.
 */
export interface PlainSource {
  readonly from: string;
  /** ID columns: the GraphQL type whose global ID the value is the key of. */
  readonly typename: string | null;
  /** The cell's value from the selected value: what `value` gives for a row holding it. */
  convert(raw: unknown): unknown;
}

export const inFormat = (column: ExportColumn, format: ExportFormat) => column.formats?.includes(format) ?? true;

// ---- reading raw values: SQLite gives ms, 0/1 and JSON text; PostgreSQL Date, boolean, objects --

export function timestamp(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return isoOfMs(v);
  if (v instanceof Date) return v.toISOString();
  const n = /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
  return Number.isFinite(n) ? new Date(n).toISOString() : null;
}

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** The last instant `toISOString` writes with a four-digit year (9999-12-31T23:59:59.999Z). */
const YEAR_10000 = 253_402_300_800_000;

/**
 * `new Date(ms).toISOString()` without the Date: an export formats millions of instants, and the
 * civil date from the day number (H. Hinnant's days-to-civil) is a few integer divisions.
 * Whole milliseconds from 1970 to year 9999; anything else goes through Date (and reads the same).
 */
export function isoOfMs(ms: number): string | null {
  if (!(ms >= 0 && ms < YEAR_10000) || ms % 1 !== 0) return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  const day = Math.floor(ms / 86_400_000);
  let rest = ms - day * 86_400_000;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO[month]}-${TWO[date]}T${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${THREE[milli]}Z`;
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

// ---- NDJSON -------------------------------------------------------------------------------------

/** JSON text already written (a nested timeline): an NDJSON line takes it as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

/**
 * The JSON object of a row, column by column: what `JSON.stringify` gives for the record
 * `{ [name]: value(row) }` (keys in column order, a key whose value is undefined left out), without
 * building the record. Made once per export.
 */
export function jsonObjectWriter(columns: readonly ExportColumn[]): (row: Row) => string {
  const values = columns.map((c) => c.value);
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);
  const n = columns.length;
  return (row) => {
    let out = '{';
    for (let i = 0; i < n; i++) {
      const v = (values[i] as (r: Row) => unknown)(row);
      const json =
        v === null
          ? 'null'
          : typeof v === 'boolean'
            ? v
              ? 'true'
              : 'false'
            : v instanceof RawJson
              ? v.json
              : JSON.stringify(v);
      if (json === undefined) continue;
      out += out.length === 1 ? `${keys[i]}${json}` : `,${keys[i]}${json}`;
    }
    return `${out}}`;
  };
}

// ---- global IDs ----------------------------------------------------------------------------------

const scratch = Buffer.allocUnsafe(4096);
/** Global IDs kept between rows, `Type:key` → ID: the people, units, shifts an export repeats. */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 8192;

/**
 * `toGlobalId(typename, String(v))` (null stays null) for every row of an export: encoded through
 * one scratch buffer rather than a Buffer per call, and — with `repeats`, for references to a few
 * thousand staff, units or shifts — remembered in a small bounded map.
 */
export function globalIdOf(typename: string, repeats: boolean): (v: unknown) => string | null {
  const prefix = `${typename}:`;
  return (v) => {
    if (v === null || v === undefined) return null;
    const text = prefix + (typeof v === 'string' ? v : String(v));
    if (repeats) {
      const known = remembered.get(text);
      if (known !== undefined) return known;
    }
    // At most 3 bytes of UTF-8 per UTF-16 unit: 1,024 units always fit the scratch buffer.
    const id =
      text.length <= 1024
        ? scratch.toString('base64url', 0, scratch.write(text, 0, 'utf8'))
        : Buffer.from(text, 'utf8').toString('base64url');
    if (repeats) {
      if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
      remembered.set(text, id);
    }
    return id;
  };
}

/** Types an export refers to again and again (people, places, shifts): their IDs are remembered. */
const REPEATED = new Set(['Staff', 'Unit', 'Customer', 'Shift', 'PatrolRound', 'Checkpoint', 'Area']);
const idWriters = new Map<string, (v: unknown) => string | null>();
/** The global ID writer of a type (made once per type: columns call `gid('Staff')(r.x)` per row). */
export function gid(typename: string): (v: unknown) => string | null {
  let write = idWriters.get(typename);
  if (!write) {
    write = globalIdOf(typename, REPEATED.has(typename));
    idWriters.set(typename, write);
  }
  return write;
}

// ---- plain columns --------------------------------------------------------------------------

const PLAIN_RULES: Partial<Record<ExportColumnType, (raw: unknown) => unknown>> = {
  [ExportColumnType.STRING]: text,
  [ExportColumnType.INTEGER]: integer,
  [ExportColumnType.BOOLEAN]: boolean,
  [ExportColumnType.TIMESTAMP]: timestamp,
};

/**
 * A column that is one selected value under its type's rule (see PlainSource): `value` reads
 * `row[from]` — the only definition of the cell, which the CSV byte writer follows byte for byte.
 * An ID column names the type of its global ID; JSON columns and anything computed are written
 * as `{ name, type, description, value }` by hand.
 */
export function plain(
  name: string,
  type: ExportColumnType,
  from: string,
  description: string,
  typename?: string,
): ExportColumn {
  const convert = type === ExportColumnType.ID && typename ? gid(typename) : PLAIN_RULES[type];
  if (!convert || (typename !== undefined) !== (type === ExportColumnType.ID))
    throw new Error(`column ${name}: a plain ${type} column ${typename ? 'takes no typename' : 'needs a typename'}`);
  return {
    name,
    type,
    description,
    value: (row) => convert(row[from]),
    plain: { from, typename: typename ?? null, convert },
  };
}

// ---- CSV (RFC 4180) -----------------------------------------------------------------------------

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a CSV cell need quotes (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

const quoted = (s: string) => (NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTES, '""')}"` : s);

/** Starts as a spreadsheet formula would: = + - @, a tab or CR. */
function formulaLike(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * A cell, RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes doubled). Text that
 * a spreadsheet would take for a formula (starting with = + - @, or a tab or CR) is prefixed with
 * an apostrophe (OWASP "CSV injection"); numbers, booleans and timestamps are ours and never are.
 */
export function csvCell(value: unknown, type: ExportColumnType): string {
  return csvCellOf(type)(value);
}

const plainCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoted(value);
  return quoted(typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value));
};

const textCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return quoted(formulaLike(s) ? `'${s}` : s);
};

const jsonCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  // JSON.stringify gives undefined for a function or a symbol: an empty cell, as before.
  const s: string | undefined = JSON.stringify(value);
  if (s === undefined) return '';
  return quoted(formulaLike(s) ? `'${s}` : s);
};

/** The cell writer for a column type, chosen once per export rather than per cell. */
export function csvCellOf(type: ExportColumnType): (value: unknown) => string {
  return type === ExportColumnType.STRING ? textCell : type === ExportColumnType.JSON ? jsonCell : plainCell;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

// ---- chunks -------------------------------------------------------------------------------------

/**
 * The writer of a batch of rows as one chunk of text, made once per export: each column's value
 * reader and cell writer chosen up front. A CSV line is one join of a reused array of cells; an
 * NDJSON line is written key by key (what JSON.stringify of the record would give, without
 * building 40-key records), so little is left for the collector. (The CSV byte writer of
 * export.bytes.ts writes the same bytes from rows read as bytes.)
 */
export function textChunkWriter(
  columns: readonly ExportColumn[],
  format: ExportFormat,
): (rows: readonly Row[]) => string {
  if (format === ExportFormat.NDJSON) {
    const object = jsonObjectWriter(columns);
    return (rows) => {
      let chunk = '';
      for (const row of rows) chunk += `${object(row)}\n`;
      return chunk;
    };
  }
  const values = columns.map((c) => c.value);
  const cells = columns.map((c) => csvCellOf(c.type));
  const n = columns.length;
  const line: string[] = new Array(n);
  return (rows) => {
    let chunk = '';
    for (const row of rows) {
      for (let i = 0; i < n; i++)
        line[i] = (cells[i] as (v: unknown) => string)((values[i] as (r: Row) => unknown)(row));
      chunk += `${line.join(',')}\r\n`;
    }
    return chunk;
  };
}
