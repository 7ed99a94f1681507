import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ErrorCode, LIMITS } from '@steward/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../../config.js';
import { callerOfViewer, type RateLimits } from '../../http/rate-limit.js';
import type { Context } from '../context.js';
import { operationCost } from './cost.js';
import { fragmentsOf, introspectionRefused, maySeeSchema, readsSchema, withoutSuggestions } from './introspection.js';
import { TOKEN_LIMIT_MESSAGE, tooComplex } from './rules.js';
import { Deadline, installDeadlines, setDeadline } from './timeout.js';

/** What every GraphQL response says about its cost (`extensions.cost`). */
export interface CostReport {
  /** What the operation could cost at most (null when it was refused before it was costed). */
  requested: number | null;
  maximum: number;
}

/** RATE_LIMITED (HTTP 429): the caller already has as many requests running as allowed. */
export function tooManyAtOnce(limit: number): GraphQLError {
  return new GraphQLError(
    `At most ${limit} requests of one session, API token or (signed out) address run at once, including queries stopped by the timeout whose work is still finishing. Wait for one to end.`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfterSeconds: 1,
        http: { status: 429, headers: new HeaderMap([['retry-after', '1']]) },
      },
    },
  );
}

/**
 * The per-request limits over HTTP, besides the shape of the document checked in front of Apollo
 * (gate.ts) and the rate limit in front of that (http/rate-limit.ts):
 *
 * - introspection in production only for `developer.manage`, and "Did you mean …" hints stripped
 *   for everyone else;
 * - the cost, refused over `LIMITS.query.maxCost` and reported on every response;
 * - how many requests one caller runs at once, and the timeout of queries (timeout.ts);
 * - the code of what graphql-js refuses on our behalf (its parser's token limit, should a document
 *   reach it past the gate): `QUERY_TOO_COMPLEX`.
 */
export function limitsPlugin(config: Config, rateLimits: RateLimits): ApolloServerPlugin<Context> {
  const maximum = LIMITS.query.maxCost;
  return {
    async serverWillStart({ schema }) {
      // The compiled executor races each execution once; graphql-js can only race each field.
      installDeadlines(schema, { raceFields: config.graphqlExecutor !== 'jit' });
    },

    async requestDidStart({ contextValue }) {
      const seesSchema = maySeeSchema(config, contextValue.viewer);
      let cost: number | null = null;
      let deadline: Deadline | null = null;
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          if (!seesSchema && readsSchema(operation, fragments)) throw introspectionRefused();
          cost = operationCost({ schema, operation, fragments, variables: request.variables });
          if (cost > maximum) throw tooComplex('cost', maximum, cost);
          if (config.limits.rateLimit) {
            const caller = callerOfViewer(contextValue.viewer, contextValue.ip);
            release = rateLimits.hold('graphql', caller, config.limits.concurrentRequests);
            if (!release) throw tooManyAtOnce(config.limits.concurrentRequests);
          }
        },

        async executionDidStart({ operation }) {
          if (operation?.operation !== 'query') return;
          deadline = new Deadline(config.limits.requestTimeoutMs);
          setDeadline(contextValue, deadline);
        },

        async willSendResponse({ response }) {
          if (deadline) {
            deadline.stop();
            // The caller's place is taken until the work the query started has really ended.
            const done = release;
            if (done) void deadline.settled().then(done);
          } else {
            release?.();
          }
          const { body } = response;
          if (body.kind !== 'single') return;
          let result = body.singleResult;
          if (deadline?.expired) {
            result = { errors: [{ message: deadline.error.message, extensions: deadline.error.extensions }] };
            response.http.status = 503;
          }
          const errors = result.errors?.map((error) => reworded(error, seesSchema));
          const report: CostReport = { requested: cost, maximum };
          body.singleResult = {
            ...result,
            ...(errors ? { errors } : {}),
            extensions: { ...result.extensions, cost: report },
          };
        },
      };
    },
  };
}

/** One error as the client should read it: our code for our limits, no schema hints unless allowed. */
function reworded(error: GraphQLFormattedError, seesSchema: boolean): GraphQLFormattedError {
  let out = error;
  if (TOKEN_LIMIT_MESSAGE.test(error.message)) {
    const refusal = tooComplex('tokens', LIMITS.query.maxTokens);
    const { http: _http, ...extensions } = refusal.extensions;
    out = { message: refusal.message, extensions };
  }
  if (!seesSchema) {
    const message = withoutSuggestions(out.message);
    if (message !== out.message) out = { ...out, message };
  }
  return out;
}
