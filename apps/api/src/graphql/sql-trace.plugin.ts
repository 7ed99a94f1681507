import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { currentSqlTrace, traceSql } from '../db/sql-trace.js';

/**
 * `SQL_TRACE=true`: each GraphQL request over HTTP runs inside a trace (after the body is parsed:
 * the body's stream callbacks would leave the trace's async context), and its response carries
 * `extensions.sql`, the statements in the order they ran.
 */
export const sqlTraceMiddleware: RequestHandler = (_req, _res, next) => traceSql({ statements: [] }, next);

export function sqlTracePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const trace = currentSqlTrace();
          if (!trace || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sql: trace.statements };
        },
      };
    },
  };
}
