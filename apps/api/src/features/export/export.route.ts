import type { ServerResponse } from 'node:http';
import { ErrorCode } from '@steward/schema';
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Config } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import type { Clock } from '../../graphql/context.js';
import { viewerOf } from '../../http/auth-context.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { BlobRow, type CsvByteWriter, csvByteWriter } from './export.bytes.js';
import { EXPORT_DATASETS, type ExportDataset, type ExportFilter, exportDataset } from './export.datasets.js';
import { csvLine, type ExportColumn, ExportFormat, inFormat, textChunkWriter, UTF8_BOM } from './export.format.js';
import { openSnapshotReader, type Row, readAhead, type SnapshotReader } from './export.snapshot.js';

/**
 * The longest range one request may export. Streaming keeps memory flat at any size, but an
 * export holds its snapshot open to the end — on SQLite the WAL cannot be checkpointed past it,
 * on PostgreSQL vacuum waits for it — so one request is kept to a year (a million cases stream
 * in well under a minute); a notebook asks year by year for more.
 */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

/** The URL of a dataset, for the discovery query (`{from}` etc. to fill in; optional ones may be left out). */
export function urlTemplateOf(dataset: ExportDataset): string {
  const query = dataset.filters.map((f) => `${f}={${f}}`).join('&');
  return `/export/${dataset.name}.{format}?${query}`;
}

export class ExportInputError extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const bad = (field: string, message: string) => new ExportInputError(400, ErrorCode.BAD_USER_INPUT, message, field);

// ISO-8601: a date (midnight UTC) or a date-time with Z or an offset.
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function instant(field: string, raw: string): Date {
  const ms = ISO.test(raw) ? Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to March: a date must read back as written.
  if (!Number.isFinite(ms) || (raw.length === 10 && new Date(ms).toISOString().slice(0, 10) !== raw))
    throw bad(field, `must be an ISO-8601 date or date-time with a zone, e.g. 2026-11-01 or 2026-11-01T08:00:00+08:00`);
  return new Date(ms);
}

/** Who may export at all: anyone signed in whose token (if that is the way in) may read. */
export function exportAccess(viewer: Viewer | null): void {
  if (!viewer)
    throw new ExportInputError(401, ErrorCode.UNAUTHENTICATED, 'Sign in, or send Authorization: Bearer <API token>.');
  if (viewer.staff.mustChangePassword)
    throw new ExportInputError(403, ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Change your password first.');
  if (viewer.via === 'token' && !viewer.tokenScopes.includes('read'))
    throw new ExportInputError(403, ErrorCode.FORBIDDEN, 'This API token lacks the read scope.');
}

interface ExportRequest {
  dataset: ExportDataset;
  format: ExportFormat;
  filter: ExportFilter;
}

/** Reads and checks `<dataset>.<format>` and the query string; throws the first problem found. */
async function parseRequest(req: Request, viewer: Viewer, orm: Orm, now: Date): Promise<ExportRequest> {
  const file = String(req.params.file ?? '');
  const dot = file.lastIndexOf('.');
  const name = dot > 0 ? file.slice(0, dot) : file;
  const extension = dot > 0 ? file.slice(dot + 1) : '';
  const dataset = exportDataset(name);
  if (!dataset)
    throw bad(
      'dataset',
      `unknown dataset "${name.slice(0, 40)}"; one of ${EXPORT_DATASETS.map((d) => d.name).join(', ')}`,
    );
  const format = { ndjson: ExportFormat.NDJSON, csv: ExportFormat.CSV }[extension];
  if (!format) throw bad('format', 'the file must end in .ndjson or .csv');
  if (!dataset.mayExport(viewer))
    throw new ExportInputError(403, ErrorCode.FORBIDDEN, `You may not read the ${dataset.name} dataset.`);

  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.query)) {
    if (!(dataset.filters as readonly string[]).includes(key))
      throw bad(key, `not a filter of ${dataset.name}; it takes ${dataset.filters.join(', ')}`);
    if (typeof value !== 'string') throw bad(key, 'give it once, as plain text');
    if (value.length > 64) throw bad(key, 'must be at most 64 characters');
    params[key] = value;
  }
  if (!params.from) throw bad('from', 'is required (ISO-8601, e.g. 2026-11-01)');
  const from = instant('from', params.from);
  const to = params.to ? instant('to', params.to) : now;
  if (to.getTime() <= from.getTime()) throw bad('to', 'must be after from');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw bad('to', `must be within ${MAX_RANGE_DAYS} days of from; export a longer span in parts`);
  const em = orm.em.fork();
  const siteCode = params.siteCode || null;
  if (siteCode && !(await em.count(Site, { code: siteCode }))) throw bad('siteCode', `no site "${siteCode}"`);
  const departmentKey = params.departmentKey || null;
  if (departmentKey && !(await em.count(Department, { key: departmentKey })))
    throw bad('departmentKey', `no department "${departmentKey}"`);
  return { dataset, format, filter: { from, to, siteCode, departmentKey } };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The writer of a batch of rows as one chunk, made once per export: the JS path
 * (`textChunkWriter`), or — for CSV rows read as bytes (BlobRow) — the byte writer of their select
 * list, made at the first batch, when every column is plain and selected (the same bytes, written
 * from SQLite's JSON without JS strings; export.bytes.ts).
 */
function chunkWriter(
  columns: readonly ExportColumn[],
  format: ExportFormat,
): (rows: readonly Row[]) => string | Buffer {
  const text = textChunkWriter(columns, format);
  if (format !== ExportFormat.CSV) return text;
  const writers = new Map<readonly string[], CsvByteWriter | null>();
  return (rows) => {
    const first = rows[0];
    if (!(first instanceof BlobRow)) return text(rows);
    let bytes = writers.get(first.names);
    if (bytes === undefined) {
      bytes = csvByteWriter(columns, first.names);
      writers.set(first.names, bytes);
    }
    return bytes ? bytes(rows) : text(rows);
  };
}

/** Waits until the socket takes more (or the client is gone): back-pressure, never buffering. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * `GET /export/<dataset>.<ndjson|csv>?from=…&to=…&siteCode=…&departmentKey=…`: a dataset streamed
 * in keyset batches from one snapshot, with constant memory. A bearer token needs the read scope;
 * the browser's session cookie is accepted too so the SPA can offer plain download links — the
 * route only reads (a cross-site GET can start a download but never read it: no CORS, `nosniff`).
 */
export function exportRouter(orm: Orm, config: Config, clock: Clock): Router {
  const router = express.Router();
  router.get('/export/:file', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const em = orm.em.fork();
    let reader: SnapshotReader | null = null;
    let request: ExportRequest;
    let viewer: Viewer;
    const now = clock();
    try {
      const found = await viewerOf(em, req, config);
      exportAccess(found);
      viewer = found as Viewer;
      request = await parseRequest(req, viewer, orm, now);
    } catch (error) {
      if (!(error instanceof ExportInputError)) throw error;
      res.status(error.status).json({ error: { code: error.code, message: error.message, field: error.field } });
      return;
    }
    const { dataset, format, filter } = request;

    reader = await openSnapshotReader(em, config);
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    try {
      // Data leaving the system is on record (who, which dataset, which filters); written once the
      // snapshot is fixed, so an export of the audit trail does not contain its own download.
      const audit = new AuditLog(em, { viewer, requestId: String(req.id), ip: req.ip ?? null });
      audit.record({
        action: 'export.downloaded',
        targetType: 'ExportDataset',
        targetKey: dataset.name,
        departmentKey: viewer.staff.department?.unwrap().key ?? null,
        after: {
          dataset: dataset.name,
          format,
          from: filter.from.toISOString(),
          to: filter.to.toISOString(),
          siteCode: filter.siteCode,
          departmentKey: filter.departmentKey,
        },
      });
      await em.flush();

      const extension = format === ExportFormat.CSV ? 'csv' : 'ndjson';
      const filename = `steward-${dataset.name}-${day(filter.from)}-${day(filter.to)}.${extension}`;
      res.status(200);
      res.setHeader(
        'Content-Type',
        format === ExportFormat.CSV ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      );
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      const columns = dataset.columns.filter((c) => inFormat(c, format));
      if (format === ExportFormat.CSV) res.write(UTF8_BOM + csvLine(columns.map((c) => c.name)));
      else res.flushHeaders();

      const write = chunkWriter(columns, format);
      // CSV from SQLite with every column plain: rows are read as bytes for the byte writer.
      const bytes = format === ExportFormat.CSV && config.exportBytes && reader.bytes && columns.every((c) => c.plain);
      for await (const rows of readAhead(dataset.rows({ em, viewer, filter, format, reader, now, bytes }))) {
        if (closed) break;
        const chunk = write(rows);
        if (chunk.length && !res.write(chunk)) await drained(res);
      }
      if (!closed) res.end();
    } catch (error) {
      req.log.error({ err: error, dataset: dataset.name }, 'export failed');
      // Half a file must not pass for a whole one: break the connection rather than end it.
      if (res.headersSent) res.destroy();
      else
        res
          .status(500)
          .json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error.', field: null } });
    } finally {
      await reader.close();
    }
  });
  return router;
}
