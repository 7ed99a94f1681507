import type { IncomingMessage } from 'node:http';
import { ErrorCode, LIMITS } from '@steward/schema';
import {
  type ExecutionArgs,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type WebSocket from 'ws';
import type { Config } from '../../config.js';
import { type Caller, type RateLimits, rateLimitedMessage } from '../../http/rate-limit.js';
import { operationCost } from './cost.js';
import { fragmentsOf, introspectionRefused, readsSchema, withoutSuggestions } from './introspection.js';
import { checkShape, checkText, parseOptions, TOKEN_LIMIT_MESSAGE, tooComplex } from './rules.js';
import { Deadline, setDeadline } from './timeout.js';

/** What graphql-ws's `ws` adapter puts in every socket's context. */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

/** graphql-ws's close code for "too many": the client backs off and retries. */
export const SOCKET_RATE_LIMITED = 4429;

/** An error as it goes down a socket: our code and words, none of the HTTP parts. */
function onSocket(error: GraphQLError, seesSchema: boolean): GraphQLError {
  const { http: _http, ...extensions } = error.extensions ?? {};
  const tokens = TOKEN_LIMIT_MESSAGE.test(error.message);
  const limited = tokens ? tooComplex('tokens', LIMITS.query.maxTokens) : null;
  const message = limited?.message ?? error.message;
  return new GraphQLError(seesSchema ? message : withoutSuggestions(message), {
    nodes: error.nodes,
    extensions: limited
      ? { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', maximum: LIMITS.query.maxTokens }
      : {
          ...extensions,
          code:
            extensions.limit !== undefined
              ? ErrorCode.QUERY_TOO_COMPLEX
              : (extensions.code ?? ErrorCode.GRAPHQL_VALIDATION_FAILED),
        },
  });
}

/**
 * The same limits on GraphQL over WebSocket as over HTTP, around app.ts's own socket options:
 * opening a socket counts as a request of its caller (session or token, from the upgrade's cookie
 * or the `authorization` connection parameter), and a caller holds at most
 * `limits.socketsPerCaller` sockets on one process (more are closed with 4429); each operation
 * counts as a request, is parsed with the token limit, validated with the shape rules, costed,
 * and refused introspection in production (sockets carry no developer exception: use HTTP);
 * queries get the timeout.
 */
export function withSocketLimits<P extends Record<string, unknown>, E extends SocketExtra>(
  config: Config,
  rateLimits: RateLimits,
  options: ServerOptions<P, E> & { schema: GraphQLSchema },
): ServerOptions<P, E> {
  const { limits } = config;
  const { schema } = options;
  const callers = new WeakMap<object, { caller: Caller; release: () => void }>();
  const seesSchema = config.nodeEnv !== 'production';
  const run = options.execute ?? execute;

  return {
    ...options,

    onConnect: async (ctx) => {
      const allowed = await options.onConnect?.(ctx);
      if (allowed === false || !limits.rateLimit) return allowed;
      const params = ctx.connectionParams as Record<string, unknown> | undefined;
      const authorization = typeof params?.authorization === 'string' ? params.authorization : null;
      const request = ctx.extra.request;
      const caller = await rateLimits.callerOf(request, request.socket.remoteAddress ?? null, authorization);
      const budget = await rateLimits.take(caller);
      const release = budget.allowed ? rateLimits.hold('socket', caller, limits.socketsPerCaller) : null;
      if (!release) {
        ctx.extra.socket.close(SOCKET_RATE_LIMITED, budget.allowed ? 'Too many open sockets' : 'Too many requests');
        return false;
      }
      callers.set(ctx, { caller, release });
      return allowed;
    },

    onClose: async (ctx, code, reason) => {
      callers.get(ctx)?.release();
      callers.delete(ctx);
      await options.onClose?.(ctx, code, reason);
    },

    onSubscribe: async (ctx, id, payload) => {
      const own = await options.onSubscribe?.(ctx, id, payload);
      if (own) return own;
      const held = callers.get(ctx);
      if (held) {
        const budget = await rateLimits.take(held.caller);
        if (!budget.allowed)
          return [
            new GraphQLError(rateLimitedMessage('requests', budget.limit, limits.windowSeconds, budget.resetSeconds), {
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: budget.resetSeconds },
            }),
          ];
      }
      const tooLong = checkText(payload.query);
      if (tooLong) return [onSocket(tooLong, seesSchema)];
      let document: ExecutionArgs['document'];
      try {
        document = parse(payload.query, parseOptions);
      } catch (error) {
        const parseError =
          error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.');
        return [
          onSocket(
            new GraphQLError(parseError.message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } }),
            seesSchema,
          ),
        ];
      }
      const refusal = checkShape(schema, document);
      if (refusal) return [onSocket(refusal, seesSchema)];
      const invalid = validate(schema, document, specifiedRules);
      if (invalid.length > 0) return invalid.map((error) => onSocket(error, seesSchema));
      const operation = getOperationAST(document, payload.operationName);
      if (!operation)
        return [
          new GraphQLError('Name one operation of the document (operationName).', {
            extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE },
          }),
        ];
      const fragments = fragmentsOf(document);
      if (!seesSchema && readsSchema(operation, fragments)) return [onSocket(introspectionRefused(), seesSchema)];
      const cost = operationCost({ schema, operation, fragments, variables: payload.variables });
      if (cost > LIMITS.query.maxCost) return [onSocket(tooComplex('cost', LIMITS.query.maxCost, cost), seesSchema)];
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
    },

    execute: async (args) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query' || typeof args.contextValue !== 'object' || !args.contextValue)
        return run(args);
      const deadline = new Deadline(limits.requestTimeoutMs);
      setDeadline(args.contextValue, deadline);
      try {
        const result = await run(args);
        return deadline.expired ? { errors: [deadline.error] } : result;
      } finally {
        deadline.stop();
      }
    },
  };
}
