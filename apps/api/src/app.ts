import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ErrorCode, LIMITS, matchLocale, negotiateLocale } from '@steward/schema';
import express from 'express';
import { type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { migrate, type Orm, openOrm } from './db/orm.js';
import { ensureSlaPolicies } from './features/cases/sla.resolver.js';
import { loadDemoData } from './features/demo/demo.seed.js';
import { exportRouter } from './features/export/export.route.js';
import { sweepEscalations } from './features/incidents/escalation.service.js';
import { ensureInspectionChecklists } from './features/inspections/inspection.service.js';
import { sweepOverdue } from './features/notifications/overdue.sweep.js';
import { sweepMissedPatrols } from './features/patrols/patrol-coverage.js';
import { forgetGrants } from './features/permissions/grants.js';
import { ensureOrganisation } from './features/permissions/org.seed.js';
import { originOf } from './features/places/checkpoint-code.js';
import { qrRouter } from './features/places/qr.route.js';
import { ensureRulebookLoaded } from './features/rulebook/rulebook.seed.js';
import { ensureRollups } from './features/stats/rollup/rollup.rebuild.js';
import type { Clock, Context } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { jitGateway } from './graphql/jit.js';
import { shapeGate } from './graphql/limits/gate.js';
import { limitsPlugin } from './graphql/limits/plugin.js';
import { parseOptions } from './graphql/limits/rules.js';
import { withSocketLimits } from './graphql/limits/sockets.js';
import { createSchema } from './graphql/schema.js';
import { sqlTraceMiddleware, sqlTracePlugin } from './graphql/sql-trace.plugin.js';
import {
  loadTrustedDocuments,
  mayRunAnyDocument,
  persistedDocumentsMiddleware,
  resolvePersisted,
  trustedDocumentRequired,
  trustedDocumentsPlugin,
} from './graphql/trusted-documents.js';
import { cookieJar, viewerOf } from './http/auth-context.js';
import { httpErrorHandler } from './http/errors.js';
import { healthRouter } from './http/health.js';
import { createRateLimits } from './http/rate-limit.js';
import { spaRouter } from './http/spa.js';
import type { Logger } from './logger.js';
import { createStewardPubSub, type StewardPubSub } from './realtime/pubsub.js';
import { subscribeShared } from './realtime/shared.js';
import { expandSharedPayloads, sharedPayload } from './realtime/shared-json.js';
import { mayOpenSocket } from './realtime/socket-access.js';

export interface StartOptions {
  /** The time source for deadlines (tests move it); the real clock by default. */
  clock?: Clock;
}

export interface Steward {
  readonly url: string;
  readonly port: number;
  readonly orm: Orm;
  readonly schema: GraphQLSchema;
  readonly pubsub: StewardPubSub;
  /** Notifies holders of cases past their deadline now (it also runs every minute). */
  sweepOverdue(): Promise<number>;
  /** Passes unacknowledged escalations up the duty chain (every minute; tests call it). */
  sweepEscalations(): Promise<number>;
  /** Graceful stop: refuse new work, finish in-flight requests, close sockets, close the ORM. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Opens the database (migrating it), loads first-start data, and serves everything on one port. */
export async function startSteward(config: Config, log: Logger, options: StartOptions = {}): Promise<Steward> {
  const clock: Clock = options.clock ?? (() => new Date());
  const pubsub = createStewardPubSub({ redis: config.redis ?? undefined, log });
  const orm = await openOrm(config, log);
  // Grants are cached for the viewer of each request: a change on any replica empties the cache.
  const stopForgettingGrants = pubsub.listen('GRANTS_CHANGED', () => forgetGrants(orm.em));
  const applied = await migrate(orm);
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  if (await ensureRulebookLoaded(orm.em.fork())) log.info('loaded the rulebook (first start)');
  const organisation = await ensureOrganisation(orm.em.fork());
  if (organisation.grants) log.info(organisation, 'created company positions and default permissions (first start)');
  const policies = await ensureSlaPolicies(orm.em.fork());
  if (policies) log.info({ policies }, 'created the default service levels (first start)');
  const checklists = await ensureInspectionChecklists(orm.em.fork());
  if (checklists) log.info({ checklists }, 'created the default inspection checklists (first start)');
  const rollups = await ensureRollups(orm.em.fork() as never);
  if (rollups.rebuilt) log.info({ rows: rollups.rows, ms: rollups.ms }, 'rebuilt the case rollups');
  if (config.demoData) await loadDemoData(orm.em.fork(), log, { config, pubsub });

  const schema = await createSchema(pubsub);
  const documents = loadTrustedDocuments();
  const rateLimits = createRateLimits(config, orm, log);
  const app = express();
  const httpServer = createServer(app);
  let shuttingDown = false;

  app.disable('x-powered-by');
  // GraphQL answers are POSTs, never revalidated: hashing each body for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      // The request's own logger binds its id only (`reqId`), and the request is described on the
      // line that ends it: a logger bound to the whole request serialised and redacted it on every
      // request, logged or not (measured: an eighth of a `viewer` query's CPU).
      quietReqLogger: true,
      quietResLogger: true,
      customSuccessObject: (req, _res, line) => ({ ...line, req }),
      customErrorObject: (req, _res, _err, line) => ({ ...line, req }),
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(healthRouter(orm, () => shuttingDown, config.redis ? () => pubsub.healthy() : null));

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: LIMITS.maxBodyBytes });
  expandSharedPayloads(wsServer);
  const formatError = createErrorFormatter(log);
  const authorizationOf = (params: Readonly<Record<string, unknown>> | undefined) =>
    typeof params?.authorization === 'string' ? params.authorization : null;
  const wsCleanup = useServer<Record<string, unknown>, Record<string, unknown>>(
    withSocketLimits(config, rateLimits, {
      schema,
      // Subscribers alike (same viewer, language, document and variables) share each event's execution.
      subscribe: subscribeShared,
      // Who may keep a socket open at all, decided at `connection_init`: anyone else is closed
      // with 4403 before they can subscribe to anything (the cookie of the upgrade request, or
      // `authorization: "Bearer stw_…"` in the connection params).
      onConnect: async (ctx) => {
        const viewer = await viewerOf(orm.em.fork(), ctx.extra.request, config, authorizationOf(ctx.connectionParams));
        return mayOpenSocket(viewer);
      },
      // Persisted ids become their documents here too; with trusted documents enforced, a
      // document of one's own needs a read token or the developer permission, as over HTTP.
      onSubscribe: async (ctx, _id, payload) => {
        const problem = resolvePersisted(documents, payload as Parameters<typeof resolvePersisted>[1]);
        if (problem) return [new GraphQLError(problem, { extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } })];
        if (!config.trustedDocuments || documents.has(payload.query)) return undefined;
        const viewer = await viewerOf(orm.em.fork(), ctx.extra.request, config, authorizationOf(ctx.connectionParams));
        return mayRunAnyDocument(viewer) ? undefined : [trustedDocumentRequired()];
      },
      // Each subscription holds a bounded queue; a bounded number of them per socket bounds the
      // socket. (Refused here rather than in onSubscribe, whose errors graphql-ws checks by class.)
      onOperation: async (ctx, _id, _payload, _args, result) => {
        if (Object.keys(ctx.subscriptions).length <= LIMITS.subscriptionsPerSocket) return undefined;
        if (Symbol.asyncIterator in result) await (result as AsyncGenerator).return?.(undefined);
        return {
          errors: [
            new GraphQLError(`At most ${LIMITS.subscriptionsPerSocket} subscriptions on one socket.`, {
              extensions: { code: ErrorCode.BAD_REQUEST },
            }),
          ],
        };
      },
      // The same last word on errors as over HTTP: nothing internal leaves by the socket either.
      // A result without errors is JSON once for all its subscribers (realtime/shared-json.ts).
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : (sharedPayload(result) as ExecutionResult),
      // One EntityManager fork per subscription operation, never shared between operations.
      context: async (ctx): Promise<Context> => {
        const request = ctx.extra.request;
        const params = ctx.connectionParams ?? {};
        const fromParams = typeof params.locale === 'string' ? params.locale : undefined;
        const em = orm.em.fork();
        const viewer = await viewerOf(em, request, config, authorizationOf(params));
        return {
          em,
          locale: negotiateLocale(fromParams ?? viewer?.staff.locale ?? request.headers['accept-language']),
          requestId: randomUUID(),
          log,
          ip: request.socket.remoteAddress ?? null,
          userAgent: request.headers['user-agent'] ?? null,
          viewer,
          cookies: null,
          config,
          clock,
          pubsub,
          afterCommit: [],
        };
      },
    }),
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    ...(config.graphqlExecutor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    includeStacktraceInErrorResponses: false,
    // Persisted documents are ours, by id, from the build (graphql/trusted-documents.ts): Apollo's
    // automatic persisted queries would let any client register a document.
    persistedQueries: false,
    // main.ts owns signal handling (and closes the ORM too); Apollo's own handler would stop,
    // then re-send the signal, which our handler would take for an impatient second one.
    stopOnTerminationSignals: false,
    formatError,
    // Who may introspect is decided per viewer by limitsPlugin (Apollo's own switch is per server).
    introspection: true,
    parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
      // Per-field cache hints cost a hook on every field and we use no HTTP caching of results.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.sqlTrace ? [sqlTracePlugin<Context>()] : []),
      ...(config.trustedDocuments ? [trustedDocumentsPlugin<Context>(documents)] : []),
      limitsPlugin(config, rateLimits),
      config.explorer
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    rateLimits.graphql,
    express.json({ limit: LIMITS.maxBodyBytes }),
    persistedDocumentsMiddleware(documents),
    shapeGate(schema),
    ...(config.sqlTrace ? [sqlTraceMiddleware] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork();
        const viewer = await viewerOf(em, req, config);
        return {
          em,
          // A language the request asks for explicitly wins (the web app always sends its own, and
          // HTTP clients expect content negotiation); then the viewer's saved one; then Chinese.
          locale: matchLocale(req.headers['accept-language']) ?? negotiateLocale(viewer?.staff.locale),
          requestId: String(req.id),
          log: req.log,
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
          viewer,
          origin: originOf(req.protocol, req.get('host')),
          cookies: cookieJar(res, config),
          config,
          clock,
          pubsub,
          afterCommit: [],
        };
      },
    }),
  );
  app.use(qrRouter(orm, config));
  app.use('/export', rateLimits.exports);
  app.use(exportRouter(orm, config, clock));
  app.use(spaRouter(config.webDist));
  app.use(httpErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  const sweep = () => sweepOverdue(orm.em, clock, pubsub);
  const sweeper = setInterval(async () => {
    if (!config.backgroundSweeps) return;
    // With several replicas, one sweeps each minute (whichever takes the turn first), so a
    // missed deadline is not escalated or announced once per replica.
    if (!(await pubsub.takeTurn('sweeps', 50_000))) return;
    sweep().catch((err: unknown) => log.error({ err }, 'overdue sweep failed'));
    sweepMissedPatrols(orm.em, clock).catch((err: unknown) => log.error({ err }, 'missed patrol sweep failed'));
    sweepEscalations(orm.em, clock, pubsub).catch((err: unknown) => log.error({ err }, 'escalation sweep failed'));
  }, 60_000);
  sweeper.unref();

  let closing: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    port,
    orm,
    schema,
    pubsub,
    sweepOverdue: sweep,
    sweepEscalations: () => sweepEscalations(orm.em, clock, pubsub),
    close: () => {
      closing ??= (async () => {
        shuttingDown = true;
        clearInterval(sweeper);
        stopForgettingGrants();
        await apollo.stop();
        await closeHttp(httpServer);
        await rateLimits.close();
        await orm.close(true);
        await pubsub.close();
      })();
      return closing;
    },
  };
}

function closeHttp(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => server.close(() => resolve()));
}
