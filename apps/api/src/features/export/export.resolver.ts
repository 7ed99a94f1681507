import { Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { EXPORT_DATASETS } from './export.datasets.js';
import { ExportColumnType, ExportFormat, inFormat } from './export.format.js';
import { MAX_RANGE_DAYS, urlTemplateOf } from './export.route.js';

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'A bulk export file format.',
  valuesConfig: {
    NDJSON: { description: 'application/x-ndjson: one JSON object per line (UTF-8).' },
    CSV: {
      description:
        'text/csv, RFC 4180, UTF-8 with a byte order mark (Excel), a header row; text starting with = + - @ is prefixed with an apostrophe.',
    },
  },
});

registerEnumType(ExportColumnType, {
  name: 'ExportColumnType',
  description: 'How a column’s values are written.',
  valuesConfig: {
    ID: { description: 'A global ID, as GraphQL gives it.' },
    STRING: { description: 'Text.' },
    INTEGER: { description: 'A whole number.' },
    BOOLEAN: { description: '`true` or `false`.' },
    TIMESTAMP: { description: 'ISO-8601 in UTC, e.g. 2026-11-27T06:00:00.000Z.' },
    JSON: { description: 'A JSON value (in CSV, its JSON text in the cell).' },
  },
});

@ObjectType('ExportColumn', { description: 'One column of an export dataset (a CSV header, an NDJSON key).' })
export class ExportColumnInfo {
  @Field(() => String, { description: 'Its name: the CSV header and the NDJSON key.' })
  name: string;

  @Field(() => ExportColumnType, { description: 'How its values are written.' })
  type: ExportColumnType;

  @Field(() => String, { description: 'What it holds.' })
  description: string;

  @Field(() => [ExportFormat], { description: 'The formats that carry it.' })
  formats: ExportFormat[];
}

@ObjectType('ExportDataset', { description: 'A dataset `GET /export/<name>.<ndjson|csv>` streams.' })
export class ExportDatasetInfo {
  @Field(() => String, { description: 'Its name in the URL, e.g. `cases`.' })
  name: string;

  @Field(() => String, { description: 'What it holds, and in which order.' })
  description: string;

  @Field(() => [ExportFormat], { description: 'The formats it comes in.' })
  formats: ExportFormat[];

  @Field(() => [String], {
    description:
      'The query parameters it takes: `from` (required) and `to` (default now), ISO-8601, half-open [from, to); `siteCode`, `departmentKey`.',
  })
  filters: string[];

  @Field(() => String, { description: 'The column `from` and `to` apply to.' })
  timeColumn: string;

  @Field(() => [ExportColumnInfo], { description: 'Its columns, in order.' })
  columns: ExportColumnInfo[];

  @Field(() => String, {
    description:
      'The URL, relative to the server, with `{format}` (ndjson or csv) and each filter in braces to fill in (or leave out).',
  })
  url: string;

  @Field(() => Int, { description: 'The longest range one request may ask for, in days.' })
  maxRangeDays: number;
}

@Resolver()
export class ExportResolver {
  @Query(() => [ExportDatasetInfo], {
    description:
      'The datasets you may bulk-export (`GET /export/<name>.<ndjson|csv>` with a session or a read-scope token), with their columns.',
  })
  exportDatasets(@Ctx() ctx: Context): ExportDatasetInfo[] {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    return EXPORT_DATASETS.filter((d) => d.mayExport(viewer)).map((d) => {
      const formats = [ExportFormat.NDJSON, ExportFormat.CSV];
      return Object.assign(new ExportDatasetInfo(), {
        name: d.name,
        description: d.description,
        formats,
        filters: [...d.filters],
        timeColumn: d.timeColumn,
        columns: d.columns.map((c) =>
          Object.assign(new ExportColumnInfo(), {
            name: c.name,
            type: c.type,
            description: c.description,
            formats: formats.filter((f) => inFormat(c, f)),
          }),
        ),
        url: urlTemplateOf(d),
        maxRangeDays: MAX_RANGE_DAYS,
      });
    });
  }
}
