import { isUtf8 } from 'node:buffer';
import { csvCellOf, type ExportColumn, ExportColumnType, isoOfMs } from './export.format.js';
import type { Row, Statement } from './export.snapshot.js';

/**
 * CSV straight from SQLite's bytes. The rows of a window arrive as one blob, their JSON arrays
 * one a line (windowOfBytes), and become BlobRows over it. When every CSV column of a dataset is
 * plain (one selected value under its type's rule: export.format.ts `plain`), the writer below
 * walks each row's bytes once and writes the CSV bytes of the line into one output buffer: no
 * JS string per row or cell, no JSON.parse, no UTF-8 encoding of the chunk (most of the JS path's
 * time), and one Buffer from the driver a window rather than one a row.
 *
 * It must write exactly the bytes of the JS path (`textChunkWriter` over `column.value`, then
 * UTF-8). It does so on its own only where that is plain to see — a JSON string without escapes
 * copied as it is, escapes decoded, integers as their digits, whole milliseconds from 1970 to
 * 9999 as ISO text, 0/1 as false/true, null as an empty cell — and hands anything else to the JS
 * rule: a cell of another JSON type than its column expects (5.0, "1", a nested value), or a whole
 * row that is not valid UTF-8 or not compact JSON as SQLite writes it.
 */

/** The names a row keeps for itself: a select list may not use them. */
const RESERVED = new Set(['buffer', 'start', 'end', 'names', 'values', 'constructor']);

/**
 * A row read as bytes: the JSON array at [start, end) of its window's buffer. JS reads it as any
 * other row — each select name is a getter on the class of its select list — through `values`,
 * parsed on first use (a dataset that looks at its rows, or the keyset reading the last row of a
 * window, costs a parse of those rows only). The getters have no setters: nothing can shadow a
 * selected value, so the byte writer, which reads the bytes, and JS, which reads the getters,
 * always see the same row.
 */
export abstract class BlobRow {
  /** The select list's names, in order (on each select list's own class). */
  declare readonly names: readonly string[];
  #values: readonly unknown[] | undefined;

  constructor(
    readonly buffer: Buffer,
    readonly start: number,
    readonly end: number,
  ) {}

  get values(): readonly unknown[] {
    if (this.#values === undefined)
      this.#values = JSON.parse(this.buffer.toString('utf8', this.start, this.end)) as unknown[];
    return this.#values;
  }
}

export type BlobRowClass = new (buffer: Buffer, start: number, end: number) => BlobRow;

/** The class of a select list's rows read as bytes (made once per list). */
export function blobRowClass(names: readonly string[]): BlobRowClass {
  class SelectedRow extends BlobRow {}
  Object.defineProperty(SelectedRow.prototype, 'names', { value: names });
  names.forEach((name, i) => {
    if (RESERVED.has(name)) throw new Error(`a select list may not name a column "${name}"`);
    Object.defineProperty(SelectedRow.prototype, name, {
      get(this: BlobRow) {
        return this.values[i];
      },
      enumerable: true,
    });
  });
  return SelectedRow;
}

/**
 * SQLite: the rows of a statement selecting a packed row `r` and its keyset `k_time`, `k_id`, as
 * one blob — their JSON one a line, in keyset order (explicitly: a subquery's order is not an
 * aggregate's) — and their count. node-sqlite3 makes a Buffer of each blob it returns, at a
 * microsecond or two each: one a window rather than one a row. (JSON text from json_array never
 * holds a raw newline: SQLite escapes control characters.)
 */
export function windowOfBytes(statement: Statement): Statement {
  return {
    sql: `select cast(group_concat(r, char(10) order by k_time, k_id) as blob) as w, count(*) as n from (${statement.sql})`,
    bindings: statement.bindings,
  };
}

/** The rows of a window read by windowOfBytes. */
export function rowsOfWindow(Row: BlobRowClass, result: readonly Row[]): BlobRow[] {
  const { w, n } = (result[0] ?? {}) as { w?: unknown; n?: unknown };
  const count = Number(n ?? 0);
  if (count === 0) return [];
  if (!Buffer.isBuffer(w)) throw new Error('a window read as bytes came back as no blob');
  const rows: BlobRow[] = new Array(count);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const to = w.indexOf(LF, from);
    if (to < 0 !== (i === count - 1)) throw new Error(`a window of ${count} rows holds ${to < 0 ? i + 1 : 'more'}`);
    rows[i] = new Row(w, from, to < 0 ? w.length : to);
    from = to + 1;
  }
  return rows;
}

// ---- bytes --------------------------------------------------------------------------------------

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Token flags. */
const STR = 1;
const ESC = 2;
/** The decoded text holds " , CR or LF: the cell is quoted. */
const QUOTED = 4;
const NULL = 8;
const NUM = 16;
const OTHER = 32;

/** Bytes that end the fast scan of a JSON string: " \ , and control characters (not JSON raw). */
const STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STOP[c] = 1;
STOP[QUOTE] = 1;
STOP[BACKSLASH] = 1;
STOP[COMMA] = 1;

/** Bytes a JSON number may hold. */
const NUMBER = new Uint8Array(256);
for (const c of '0123456789-+.eE') NUMBER[c.charCodeAt(0)] = 1;

/** Beyond any position in a window (indexOf found nothing). */
const NONE = 0x7fffffff;
const found = (at: number) => (at < 0 ? NONE : at);

/** Hex digit values (255: not one). */
const HEX = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = i;
for (let i = 10; i < 16; i++) HEX['ABCDEF'.charCodeAt(i - 10)] = i;

/** The UTF-16 unit of `\uXXXX` whose hex digits start at `at`; -1 when they are not four hex digits. */
function hex4(b: Uint8Array, at: number): number {
  const a = HEX[b[at] as number] as number;
  const c = HEX[b[at + 1] as number] as number;
  const d = HEX[b[at + 2] as number] as number;
  const e = HEX[b[at + 3] as number] as number;
  return (a | c | d | e) > 15 ? -1 : (a << 12) | (c << 8) | (d << 4) | e;
}

/** The decoded unit of the escape at `at` (b[at] is the backslash); -1 if there is none. */
function escapedUnit(b: Uint8Array, at: number): number {
  switch (b[at + 1]) {
    case 0x22:
      return 0x22;
    case 0x5c:
      return 0x5c;
    case 0x2f:
      return 0x2f;
    case 0x62:
      return 0x08;
    case 0x66:
      return 0x0c;
    case 0x6e:
      return 0x0a;
    case 0x72:
      return 0x0d;
    case 0x74:
      return 0x09;
    case 0x75:
      return hex4(b, at + 2);
    default:
      return -1;
  }
}

const BASE64URL = new Uint8Array(64);
for (let i = 0; i < 64; i++)
  BASE64URL[i] = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charCodeAt(i);

/** 00 … 99, two bytes each. */
const TWO = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  TWO[2 * i] = 0x30 + Math.floor(i / 10);
  TWO[2 * i + 1] = 0x30 + (i % 10);
}
/** Days whose `YYYY-MM-DDT` a writer keeps (a year's cases and their deadlines fit). */
const DAY_SLOTS = 1024;

/** The last instant `toISOString` writes with a four-digit year (as isoOfMs). */
const YEAR_10000 = 253_402_300_800_000;
const DAY_MS = 86_400_000;

enum Kind {
  STRING = 0,
  ID = 1,
  TIMESTAMP = 2,
  BOOLEAN = 3,
  INTEGER = 4,
}

const KINDS: Partial<Record<ExportColumnType, Kind>> = {
  [ExportColumnType.STRING]: Kind.STRING,
  [ExportColumnType.ID]: Kind.ID,
  [ExportColumnType.TIMESTAMP]: Kind.TIMESTAMP,
  [ExportColumnType.BOOLEAN]: Kind.BOOLEAN,
  [ExportColumnType.INTEGER]: Kind.INTEGER,
};

export type CsvByteWriter = (rows: readonly Row[]) => Buffer;

/** Rows the byte writers wrote from their bytes, and rows they left to the JS rule (tests read it). */
export const byteWriterRows = { bytes: 0, js: 0 };

/**
 * The CSV byte writer of `columns` (in CSV order) over rows of the select list `names`, or null
 * when a column is not plain or reads a name the list lacks (the JS path then writes them). Rows
 * of another list, or not read as bytes, are written by the JS rule (same bytes, slower).
 */
export function csvByteWriter(columns: readonly ExportColumn[], names: readonly string[]): CsvByteWriter | null {
  const n = columns.length;
  const m = names.length;
  const slot = new Int32Array(n);
  const kind = new Uint8Array(n);
  const prefixHead: Uint8Array[] = [];
  const prefixTail: Uint8Array[] = [];
  let longestPrefix = 0;
  for (let j = 0; j < n; j++) {
    const c = columns[j] as ExportColumn;
    const k = KINDS[c.type];
    const at = c.plain ? names.indexOf(c.plain.from) : -1;
    if (k === undefined || at < 0) return null;
    slot[j] = at;
    kind[j] = k;
    // An ID's `Type:` in base64url as far as it makes whole groups, and the one or two bytes left.
    const p = Buffer.from(c.plain?.typename ? `${c.plain.typename}:` : '', 'utf8');
    const whole = p.length - (p.length % 3);
    prefixHead.push(Buffer.from(p.subarray(0, whole).toString('base64url'), 'latin1'));
    prefixTail.push(p.subarray(whole));
    longestPrefix = Math.max(longestPrefix, p.length);
  }
  // The JS rule of each column, for the cells and rows the bytes cannot be trusted with.
  const jsCell = columns.map((c) => {
    const cell = csvCellOf(c.type);
    const convert = (c.plain as NonNullable<ExportColumn['plain']>).convert;
    return (raw: unknown) => cell(convert(raw));
  });
  const jsLine = (row: Row) => {
    let line = '';
    for (let j = 0; j < n; j++) {
      const c = columns[j] as ExportColumn;
      line += (j ? ',' : '') + csvCellOf(c.type)(c.value(row));
    }
    return `${line}\r\n`;
  };

  // Where each selected value's JSON lies in the row: [start, end) with the quotes of a string.
  const start = new Int32Array(m);
  const end = new Int32Array(m);
  const flags = new Uint8Array(m);

  let out = Buffer.allocUnsafeSlow(1 << 20);
  let pos = 0;
  const slotDay = new Float64Array(DAY_SLOTS).fill(-1);
  const slotText = new Uint8Array(DAY_SLOTS * 11);

  const room = (bytes: number) => {
    if (pos + bytes <= out.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(out.length * 2, pos + bytes));
    out.copy(bigger, 0, 0, pos);
    out = bigger;
  };

  const writeText = (s: string) => {
    room(s.length * 3);
    pos += out.write(s, pos, 'utf8');
  };

  // The window being written as text, one character a byte (latin1), for indexOf; the next
  // backslash and comma in it at or after the last place asked about (NONE: no more).
  let text = '';
  let backslash = -1;
  let comma = -1;

  /**
   * Finds the values of a row; false when it is not compact JSON of `m` values (the JS rule then).
   * A string without escapes is taken to hold no control character: SQLite's json_array escapes
   * every one (rowsOfWindow relies on it for the newlines between rows).
   */
  const tokenize = (b: Buffer, from: number, len: number): boolean => {
    if (len - from < 2 || b[from] !== 0x5b || b[len - 1] !== 0x5d) return false;
    let p = from + 1;
    if (m === 0) return len - from === 2;
    for (let i = 0; i < m; i++) {
      const c = b[p];
      let q = p + 1;
      let f: number;
      if (c === QUOTE) {
        f = STR;
        const close = text.indexOf('"', q);
        if (close < 0 || close >= len) return false;
        if (backslash < p) backslash = found(text.indexOf('\\', p));
        if (backslash > close) {
          // No escape: it ends at the next quote (found by indexOf, not a loop over every byte),
          // and is quoted in CSV if a comma comes first.
          if (comma < p) comma = found(text.indexOf(',', p));
          if (comma < close) f |= QUOTED;
          q = close;
        } else
          for (;;) {
            // Escapes: byte by byte.
            while (q < len && STOP[b[q] as number] === 0) q++;
            if (q >= len) return false;
            const x = b[q] as number;
            if (x === QUOTE) break;
            if (x === COMMA) {
              f |= QUOTED;
              q++;
            } else if (x === BACKSLASH) {
              const unit = escapedUnit(b, q);
              if (unit < 0) return false;
              f |= ESC;
              if (unit === QUOTE || unit === COMMA || unit === CR || unit === LF) f |= QUOTED;
              q += b[q + 1] === 0x75 ? 6 : 2;
            } else return false;
          }
        q++;
      } else if (c === 0x6e) {
        if (b[q] !== 0x75 || b[q + 1] !== 0x6c || b[q + 2] !== 0x6c) return false;
        f = NULL;
        q += 3;
      } else if (c !== undefined && NUMBER[c] === 1) {
        f = NUM;
        while (q < len && NUMBER[b[q] as number] === 1) q++;
      } else if (c === 0x5b || c === 0x7b || c === 0x74 || c === 0x66) {
        // Nested JSON, true, false: JSON.parse decides (and the JS rule writes it).
        f = OTHER;
        let depth = 0;
        for (q = p; q < len; q++) {
          const x = b[q];
          if (x === QUOTE) {
            for (q++; q < len && b[q] !== QUOTE; q++) if (b[q] === BACKSLASH) q++;
          } else if (x === 0x5b || x === 0x7b) depth++;
          else if (x === 0x5d || x === 0x7d) {
            if (depth === 0) break;
            depth--;
          } else if (x === COMMA && depth === 0) break;
        }
      } else return false;
      start[i] = p;
      end[i] = q;
      flags[i] = f;
      if (i < m - 1) {
        if (b[q] !== COMMA) return false;
        p = q + 1;
      } else if (q !== len - 1) return false;
    }
    return true;
  };

  /** The JS rule for one value: its JSON parsed, its column's conversion and cell writer. */
  const fallback = (j: number, b: Buffer, s: number, e: number) => {
    writeText((jsCell[j] as (raw: unknown) => string)(JSON.parse(b.toString('utf8', s, e))));
  };

  // Hot loops work on locals (`o`, `p`) and store `pos` once: V8 keeps those in registers.
  const copy = (b: Buffer, s: number, e: number) => {
    // A loop for a few bytes; past that, Buffer#copy's fixed cost (measured: even at ~24).
    if (e - s > 24) {
      b.copy(out, pos, s, e);
      pos += e - s;
      return;
    }
    const o = out;
    let p = pos;
    for (let q = s; q < e; q++) o[p++] = b[q] as number;
    pos = p;
  };

  /** The UTF-8 of a UTF-16 unit (a lone surrogate as U+FFFD, as the JS path's encoding writes it). */
  const unitUtf8 = (u: number) => {
    if (u < 0x80) out[pos++] = u;
    else if (u < 0x800) {
      out[pos++] = 0xc0 | (u >> 6);
      out[pos++] = 0x80 | (u & 63);
    } else {
      const v = u >= 0xd800 && u < 0xe000 ? 0xfffd : u;
      out[pos++] = 0xe0 | (v >> 12);
      out[pos++] = 0x80 | ((v >> 6) & 63);
      out[pos++] = 0x80 | (v & 63);
    }
  };

  /** A JSON string's content [s, e) with escapes, decoded, each " doubled (the cell is quoted). */
  const decoded = (b: Buffer, s: number, e: number) => {
    let q = s;
    while (q < e) {
      const x = b[q] as number;
      if (x !== BACKSLASH) {
        out[pos++] = x;
        q++;
        continue;
      }
      const u = escapedUnit(b, q);
      q += b[q + 1] === 0x75 ? 6 : 2;
      if (u === QUOTE) {
        out[pos++] = QUOTE;
        out[pos++] = QUOTE;
      } else if (u >= 0xd800 && u < 0xdc00 && q + 6 <= e && b[q] === BACKSLASH && b[q + 1] === 0x75) {
        const low = hex4(b, q + 2);
        if (low >= 0xdc00 && low < 0xe000) {
          const cp = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
          out[pos++] = 0xf0 | (cp >> 18);
          out[pos++] = 0x80 | ((cp >> 12) & 63);
          out[pos++] = 0x80 | ((cp >> 6) & 63);
          out[pos++] = 0x80 | (cp & 63);
          q += 6;
        } else unitUtf8(u);
      } else unitUtf8(u);
    }
  };

  /** textCell: an apostrophe before a formula, quotes when needed (" doubled). */
  const stringCell = (b: Buffer, s: number, e: number, f: number) => {
    if (s === e) return;
    let first = b[s] as number;
    if (first === BACKSLASH) first = escapedUnit(b, s);
    const formula = first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
    if (f & QUOTED) out[pos++] = QUOTE;
    if (formula) out[pos++] = 0x27;
    if (f & ESC) decoded(b, s, e);
    else copy(b, s, e);
    if (f & QUOTED) out[pos++] = QUOTE;
  };

  /**
   * The global ID: base64url of `Type:` and the key's UTF-8 (no padding, as Buffer writes it),
   * from the row's bytes: the prefix's whole groups of three are written once per column, its
   * last one or two bytes start the key's first group.
   */
  const idCell = (j: number, b: Buffer, s: number, e: number) => {
    const head = prefixHead[j] as Uint8Array;
    const tail = prefixTail[j] as Uint8Array;
    const o = out;
    let p = pos;
    for (let k = 0; k < head.length; k++) o[p++] = head[k] as number;
    pos = p;
    const r = tail.length;
    if (r && e - s >= 3 - r) {
      const v =
        r === 1
          ? ((tail[0] as number) << 16) | ((b[s] as number) << 8) | (b[s + 1] as number)
          : ((tail[0] as number) << 16) | ((tail[1] as number) << 8) | (b[s] as number);
      group(v);
      s += 3 - r;
    } else if (r) {
      // A key of one byte after two of the prefix, or of none at all: the prefix's tail and it.
      let v = 0;
      const total = r + e - s;
      for (let k = 0; k < total; k++) v |= (k < r ? (tail[k] as number) : (b[s + k - r] as number)) << (16 - 8 * k);
      last(v, total);
      return;
    }
    p = pos;
    for (; s + 2 < e; s += 3) {
      const v = ((b[s] as number) << 16) | ((b[s + 1] as number) << 8) | (b[s + 2] as number);
      o[p] = BASE64URL[v >>> 18] as number;
      o[p + 1] = BASE64URL[(v >>> 12) & 63] as number;
      o[p + 2] = BASE64URL[(v >>> 6) & 63] as number;
      o[p + 3] = BASE64URL[v & 63] as number;
      p += 4;
    }
    pos = p;
    if (e - s === 1) last((b[s] as number) << 16, 1);
    else if (e - s === 2) last(((b[s] as number) << 16) | ((b[s + 1] as number) << 8), 2);
  };

  /** Three bytes (as one 24-bit number) in base64url. */
  const group = (v: number) => {
    out[pos] = BASE64URL[v >>> 18] as number;
    out[pos + 1] = BASE64URL[(v >>> 12) & 63] as number;
    out[pos + 2] = BASE64URL[(v >>> 6) & 63] as number;
    out[pos + 3] = BASE64URL[v & 63] as number;
    pos += 4;
  };

  /** The last one or two bytes in base64url, unpadded (none: nothing). */
  const last = (v: number, bytes: number) => {
    if (bytes === 0) return;
    out[pos++] = BASE64URL[v >>> 18] as number;
    out[pos++] = BASE64URL[(v >>> 12) & 63] as number;
    if (bytes === 2) out[pos++] = BASE64URL[(v >>> 6) & 63] as number;
  };

  /** The value of digits [s, e) when they are an integer JS reads back as written; -1 otherwise. */
  const naturalOf = (b: Buffer, s: number, e: number): number => {
    if (e - s > 15 || (b[s] === 0x30 && e - s > 1)) return -1;
    let v = 0;
    for (let q = s; q < e; q++) {
      const d = (b[q] as number) - 0x30;
      if (d < 0 || d > 9) return -1;
      v = v * 10 + d;
    }
    return v;
  };

  /** isoOfMs for whole milliseconds from 1970 to 9999 (`YYYY-MM-DDT` kept for 1,024 days). */
  const timestampCell = (ms: number) => {
    const day = Math.floor(ms / DAY_MS);
    const slot = day & (DAY_SLOTS - 1);
    const at = slot * 11;
    if (slotDay[slot] !== day) {
      const iso = isoOfMs(day * DAY_MS) as string;
      for (let k = 0; k < 11; k++) slotText[at + k] = iso.charCodeAt(k);
      slotDay[slot] = day;
    }
    const o = out;
    let p = pos;
    for (let k = 0; k < 11; k++) o[p++] = slotText[at + k] as number;
    // Under a day's milliseconds: int32 arithmetic from here.
    let rest = (ms - day * DAY_MS) | 0;
    const milli = rest % 1000;
    rest = (rest / 1000) | 0;
    const second = rest % 60;
    rest = (rest / 60) | 0;
    const minute = rest % 60;
    const hour = (rest / 60) | 0;
    o[p] = TWO[2 * hour] as number;
    o[p + 1] = TWO[2 * hour + 1] as number;
    o[p + 2] = 0x3a;
    o[p + 3] = TWO[2 * minute] as number;
    o[p + 4] = TWO[2 * minute + 1] as number;
    o[p + 5] = 0x3a;
    o[p + 6] = TWO[2 * second] as number;
    o[p + 7] = TWO[2 * second + 1] as number;
    o[p + 8] = 0x2e;
    o[p + 9] = 0x30 + ((milli / 100) | 0);
    o[p + 10] = TWO[2 * (milli % 100)] as number;
    o[p + 11] = TWO[2 * (milli % 100) + 1] as number;
    o[p + 12] = 0x5a;
    pos = p + 13;
  };

  /** Room for any cell but a JS one (which makes its own) and the comma before it. */
  const cellRoom = 2 * longestPrefix + 32;

  const writeRow = (b: Buffer) => {
    for (let j = 0; j < n; j++) {
      const i = slot[j] as number;
      const s = start[i] as number;
      const e = end[i] as number;
      room(2 * (e - s) + cellRoom);
      if (j) out[pos++] = COMMA;
      const f = flags[i] as number;
      if (f === NULL) continue;
      switch (kind[j]) {
        case Kind.STRING:
          if (f & STR) stringCell(b, s + 1, e - 1, f);
          else fallback(j, b, s, e);
          break;
        case Kind.ID:
          // A comma in the key is nothing to base64; an escape is left to JS.
          if ((f & ~QUOTED) === STR) idCell(j, b, s + 1, e - 1);
          else fallback(j, b, s, e);
          break;
        case Kind.TIMESTAMP: {
          const ms = f === NUM ? naturalOf(b, s, e) : -1;
          if (ms >= 0 && ms < YEAR_10000) timestampCell(ms);
          else fallback(j, b, s, e);
          break;
        }
        case Kind.BOOLEAN:
          if (f === NUM && e - s === 1 && b[s] === 0x31) {
            out[pos++] = 0x74;
            out[pos++] = 0x72;
            out[pos++] = 0x75;
            out[pos++] = 0x65;
          } else if (f === NUM && e - s === 1 && b[s] === 0x30) {
            out[pos++] = 0x66;
            out[pos++] = 0x61;
            out[pos++] = 0x6c;
            out[pos++] = 0x73;
            out[pos++] = 0x65;
          } else fallback(j, b, s, e);
          break;
        default: {
          // INTEGER: digits (a minus before them) that read back as written; -0, 5.0, 1e3 → JS.
          const negative = b[s] === 0x2d;
          if (f === NUM && naturalOf(b, negative ? s + 1 : s, e) > (negative ? 0 : -1)) copy(b, s, e);
          else fallback(j, b, s, e);
        }
      }
    }
    room(2);
    out[pos++] = CR;
    out[pos++] = LF;
  };

  // Whether the last window's buffer is valid UTF-8 (as it nearly always is: then its rows are).
  let checked: Buffer | null = null;
  let valid = false;

  return (rows) => {
    pos = 0;
    let fromBytes = 0;
    for (const row of rows) {
      if (row instanceof BlobRow && row.names === names) {
        const b = row.buffer;
        if (b !== checked) {
          checked = b;
          valid = isUtf8(b);
          text = b.toString('latin1');
          backslash = -1;
          comma = -1;
        }
        if ((valid || isUtf8(b.subarray(row.start, row.end))) && tokenize(b, row.start, row.end)) {
          writeRow(b);
          fromBytes++;
          continue;
        }
      }
      writeText(jsLine(row));
    }
    byteWriterRows.bytes += fromBytes;
    byteWriterRows.js += rows.length - fromBytes;
    const chunk = Buffer.allocUnsafe(pos);
    out.copy(chunk, 0, 0, pos);
    return chunk;
  };
}
