import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/node.js';
import { blobRowClass, csvByteWriter, rowsOfWindow } from './export.bytes.js';
import { type ExportColumn, ExportFormat, plain, ExportColumnType as T, textChunkWriter } from './export.format.js';
import type { Row } from './export.snapshot.js';

// Prefixes of every length mod 3: `Staff:` 6 bytes, `CaseEvent:` 10, `Case:` 5.
const COLUMNS: ExportColumn[] = [
  plain('text', T.STRING, 's', 'text'),
  plain('staffId', T.ID, 'staff', 'a Staff ID', 'Staff'),
  plain('eventId', T.ID, 'event', 'a CaseEvent ID', 'CaseEvent'),
  plain('caseId', T.ID, 'case', 'a Case ID', 'Case'),
  plain('at', T.TIMESTAMP, 't', 'a time'),
  plain('flag', T.BOOLEAN, 'b', 'a flag'),
  plain('count', T.INTEGER, 'n', 'a number'),
];
// Not in CSV order, and one value no column reads.
const NAMES = ['n', 'b', 't', 'case', 'unused', 'event', 'staff', 's'];
const RowOfNames = blobRowClass(NAMES);

/** A window as SQLite's windowOfBytes gives it: the rows' JSON one a line, and their count. */
function window(lines: readonly (string | Buffer)[]): Row[] {
  const w = Buffer.concat(lines.flatMap((l, i) => [...(i ? [Buffer.from('\n')] : []), Buffer.from(l)]));
  return rowsOfWindow(RowOfNames, [{ w, n: lines.length }]) as unknown as Row[];
}

/** The JSON of one row (JSON.stringify writes strings as SQLite's json_array does: raw UTF-8, escapes for " \ and controls). */
function line(v: {
  s?: unknown;
  staff?: unknown;
  event?: unknown;
  case?: unknown;
  t?: unknown;
  b?: unknown;
  n?: unknown;
}): string {
  return JSON.stringify([
    v.n ?? null,
    v.b ?? null,
    v.t ?? null,
    v.case ?? null,
    'x',
    v.event ?? null,
    v.staff ?? null,
    v.s ?? null,
  ]);
}

const bytesOf = (rows: Row[]) => {
  const write = csvByteWriter(COLUMNS, NAMES);
  if (!write) throw new Error('no byte writer');
  return write(rows);
};
/** What the JS path writes for the same rows: each column's value, its cell, UTF-8. */
const jsOf = (rows: Row[]) => Buffer.from(textChunkWriter(COLUMNS, ExportFormat.CSV)(rows), 'utf8');

/** Both paths over the rows: byte for byte the same; the CSV lines. */
function same(lines: readonly (string | Buffer)[]): string[] {
  const bytes = bytesOf(window(lines));
  const js = jsOf(window(lines));
  expect(bytes.toString('utf8')).toBe(js.toString('utf8'));
  expect(bytes.equals(js)).toBe(true);
  return bytes.toString('utf8').split('\r\n').slice(0, -1);
}

/** The cell of the first column (text) of a one-row window. */
const textCell = (json: string) => (same([`[null,null,null,null,"x",null,null,${json}]`])[0] as string).split(',,,')[0];

describe('the CSV byte writer', () => {
  it('writes text as the JS path does: quotes, doubled quotes, formulas, escapes', () => {
    const cases: [unknown, string][] = [
      ['plain', 'plain'],
      ['', ''],
      [null, ''],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['cr\rhere', '"cr\rhere"'],
      ['=1+1', "'=1+1"],
      ['+86 138', "'+86 138"],
      ['-5', "'-5"],
      ['@王女士', "'@王女士"],
      ['\tindented', "'\tindented"],
      ['\rstart', `"'\rstart"`],
      ['=HYPERLINK("x"),y', `"'=HYPERLINK(""x""),y"`],
      [' =not a formula', ' =not a formula'],
      ["'already", "'already"],
      ['业主说：天花板漏水，已经两天', '业主说：天花板漏水，已经两天'],
      ['emoji 😀 and 𠮷', 'emoji 😀 and 𠮷'],
      ['ctl \u0001\u001f\u007f', 'ctl \u0001\u001f\u007f'],
      ['back\\slash /', 'back\\slash /'],
      ['\u2028\u2029\ufeff', '\u2028\u2029\ufeff'],
      ['lone \ud800 high', 'lone \ufffd high'],
      ['lone \udc00 low', 'lone \ufffd low'],
      ['pair split \ud83d', 'pair split \ufffd'],
    ];
    for (const [value, cell] of cases) {
      const lines = same([line({ s: value })]);
      expect((lines[0] as string).slice(0, cell.length), JSON.stringify(value)).toBe(cell);
    }
  });

  it('decodes every JSON escape form, as JSON.parse does', () => {
    expect(textCell('"\\u0041\\u00e9\\u4e2d"')).toBe('Aé中');
    expect(textCell('"\\u003d1"')).toBe("'=1");
    expect(textCell('"\\u0009x"')).toBe("'\tx");
    expect(textCell('"\\/\\b\\f"')).toBe('/\b\f');
    expect(textCell('"\\uD83D\\uDE00"')).toBe('😀');
    expect(textCell('"\\ud83d\\ude00!"')).toBe('😀!');
    expect(textCell('"\\uDE00\\uD83D"')).toBe('\ufffd\ufffd');
    expect(textCell('"\\ud83dx"')).toBe('\ufffdx');
    expect(textCell('"a\\u0022b"')).toBe('"a""b"');
    expect(textCell('"a\\u002cb"')).toBe('"a,b"');
    expect(textCell('"a\\u000ab"')).toBe('"a\nb"');
  });

  it('leaves text of another JSON type to the JS rule', () => {
    expect(textCell('5')).toBe('5');
    expect(textCell('-3')).toBe("'-3");
    expect(textCell('5.0')).toBe('5');
    expect(textCell('1e21')).toBe('1e+21');
    expect(textCell('true')).toBe('true');
    expect(textCell('[1,"a,b"]')).toBe('"1,a,b"');
    expect(textCell('{"a":[1,{"b":"]"}]}')).toBe('[object Object]');
  });

  it('writes global IDs as toGlobalId does, for keys of every length and prefix', () => {
    const keys = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      '中',
      '中文',
      '0c6f4f0e-5b6a-4cc1-9d43-6f1e6f1a1b2c',
      'x,y',
      'q"uote',
      'é',
    ];
    for (const key of keys) {
      const [row] = same([line({ staff: key, event: key, case: key })]);
      const cells = (row as string).split(',');
      const ids = [toGlobalId('Staff', key), toGlobalId('CaseEvent', key), toGlobalId('Case', key)];
      if (!key.includes(',')) expect(cells.slice(1, 4), key).toEqual(ids);
    }
    // Not text: the JS rule (String of the value).
    const [row] = same([line({ staff: 42, event: 4.5, case: null })]);
    expect((row as string).split(',').slice(1, 4)).toEqual([
      toGlobalId('Staff', '42'),
      toGlobalId('CaseEvent', '4.5'),
      '',
    ]);
  });

  it('writes timestamps as toISOString does: day edges, 1970, 2099, leap days, year 9999', () => {
    const instants = [
      0,
      1,
      999,
      86_399_999,
      86_400_000,
      Date.UTC(1999, 11, 31, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12, 0, 0, 5),
      Date.UTC(2026, 10, 26, 16, 0, 0, 0),
      Date.UTC(2026, 10, 26, 15, 59, 59, 999),
      Date.UTC(2099, 11, 31, 23, 59, 59, 999),
      Date.UTC(2100, 0, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      253_402_300_799_999,
    ];
    // 1,024 days apart share a slot of the date cache: the writer must not mix them up.
    instants.push(Date.UTC(2026, 0, 1, 8), Date.UTC(2026, 0, 1, 8) + 1024 * 86_400_000, Date.UTC(2026, 0, 1, 9));
    const lines = same(instants.map((t) => line({ t })));
    expect(lines.map((l) => l.split(',')[4])).toEqual(instants.map((t) => new Date(t).toISOString()));
    // Beyond what the bytes prove: the JS rule (Date, Date.parse).
    const odd = ['-1', '1.5', '253402300800000', '1000000000000000', '"2026-11-01T08:00:00+08:00"', '"1700000000000"'];
    const oddLines = same(odd.map((t) => `[null,null,${t},null,"x",null,null,null]`));
    expect(oddLines.map((l) => l.split(',')[4])).toEqual([
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.001Z',
      '+010000-01-01T00:00:00.000Z',
      '+033658-09-27T01:46:40.000Z',
      '2026-11-01T00:00:00.000Z',
      '2023-11-14T22:13:20.000Z',
    ]);
  });

  it('writes booleans and integers, and leaves odd ones to the JS rule', () => {
    const values = ['1', '0', 'null', '2', '1.0', '"1"', '"t"', '"false"', 'true'];
    const lines = same(values.map((b) => `[null,${b},null,null,"x",null,null,null]`));
    expect(lines.map((l) => l.split(',')[5])).toEqual([
      'true',
      'false',
      '',
      'false',
      'true',
      'true',
      'true',
      'false',
      'true',
    ]);
    const numbers = [
      '0',
      '5',
      '-5',
      '123456789012345',
      '-123456789012345',
      '1234567890123456',
      '12345678901234567890',
      '-0',
      '5.0',
      '1e3',
      '""',
      '"7"',
    ];
    const counts = same(numbers.map((n) => `[${n},null,null,null,"x",null,null,null]`));
    expect(counts.map((l) => l.split(',')[6])).toEqual([
      '0',
      '5',
      '-5',
      '123456789012345',
      '-123456789012345',
      '1234567890123456',
      '12345678901234567000',
      '0',
      '5',
      '1000',
      '',
      '7',
    ]);
  });

  it('hands a row that is not valid UTF-8 or not compact JSON to the JS rule, and the rest of the window not', () => {
    const invalid = Buffer.concat([
      Buffer.from('[null,null,null,null,"x",null,null,"bad '),
      Buffer.from([0xe6, 0xbc]),
      Buffer.from(' end"]'),
    ]);
    const encodedSurrogate = Buffer.concat([
      Buffer.from('[null,null,null,null,"x",null,null,"'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('"]'),
    ]);
    const lines = same([
      line({ s: 'before' }),
      invalid,
      encodedSurrogate,
      '[ 1 , 0 , null , null , "x" , null , null , "spaced" ]',
      '[1,0]',
      line({ s: 'after', n: 3 }),
    ]);
    expect(lines[1]).toBe('bad \ufffd end,,,,,,');
    expect(lines[2]).toBe('\ufffd\ufffd\ufffd,,,,,,');
    expect(lines[3]).toBe('spaced,,,,,false,1');
    expect(lines[4]).toBe(',,,,,false,1');
    expect(lines[5]).toBe('after,,,,,,3');
  });

  it('grows its buffer for long text and many rows, and starts afresh each chunk', () => {
    const long = `${'长文本，'.repeat(40_000)}"end"`;
    const write = csvByteWriter(COLUMNS, NAMES);
    const rows = window([line({ s: long }), ...Array.from({ length: 3000 }, (_, i) => line({ s: `row ${i}`, n: i }))]);
    const first = write?.(rows) as Buffer;
    expect(first.equals(jsOf(rows))).toBe(true);
    expect(first.length).toBeGreaterThan(480_000);
    const second = write?.(window([line({ s: 'next' })])) as Buffer;
    expect(second.toString('utf8')).toBe('next,,,,,,\r\n');
  });

  it('has no writer for a column that is not plain or not selected', () => {
    expect(
      csvByteWriter(
        COLUMNS,
        NAMES.filter((n) => n !== 't'),
      ),
    ).toBeNull();
    const computed: ExportColumn = { name: 'c', type: T.STRING, description: 'computed', value: () => 'x' };
    expect(csvByteWriter([...COLUMNS, computed], NAMES)).toBeNull();
    expect(
      csvByteWriter([plain('j', T.STRING, 's', 'x'), { ...COLUMNS[0], type: T.JSON } as ExportColumn], NAMES),
    ).toBeNull();
  });

  it('reads rows as JS does through their getters, parsed on first use', () => {
    const [row] = window([line({ s: '中文', n: 7, t: 86_400_000 })]);
    const r = row as Row;
    expect([r.s, r.n, r.t, r.unused]).toEqual(['中文', 7, 86_400_000, 'x']);
    expect(() => {
      r.s = 'shadowed';
    }).toThrow(TypeError);
    expect(() => blobRowClass(['id', 'values'])).toThrow();
    expect(() => rowsOfWindow(RowOfNames, [{ w: Buffer.from('[1]\n[2]'), n: 3 }])).toThrow();
    expect(() => rowsOfWindow(RowOfNames, [{ w: Buffer.from('[1]\n[2]'), n: 1 }])).toThrow();
    expect(rowsOfWindow(RowOfNames, [{ w: null, n: 0 }])).toEqual([]);
  });
});
