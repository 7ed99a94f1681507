import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * The SQL one request ran, statement by statement (`SQL_TRACE=true`): what the N+1 tests count
 * and what the benchmark's plain-HTTP floor replays. Off by default: it shows SQL to clients.
 */
export interface SqlTrace {
  statements: { sql: string; params: readonly unknown[] }[];
}

const current = new AsyncLocalStorage<SqlTrace>();

/** Runs `fn` with every statement it causes (through the ORM's connection) recorded in `trace`. */
export function traceSql<T>(trace: SqlTrace, fn: () => T): T {
  return current.run(trace, fn);
}

/**
 * MikroORM's logger, also recording each statement into the trace of the request under way.
 * Every statement goes through `logQuery` (entity queries, query builders and raw `execute`
 * alike), with its parameters already inlined; outside a traced request it costs one lookup.
 */
export class TracingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    const trace = current.getStore();
    if (trace && context.query) trace.statements.push({ sql: context.query, params: context.params ?? [] });
    super.logQuery(context);
  }
}

/** The trace of the request under way, if it is traced. */
export function currentSqlTrace(): SqlTrace | undefined {
  return current.getStore();
}
