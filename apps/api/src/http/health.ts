import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Orm } from '../db/orm.js';
import { pendingMigrations } from '../db/orm.js';

/**
 * `/healthz`: the process is alive and serving (for restarts).
 * `/readyz`: it can do useful work: the database answers and its schema is current, and Redis
 * answers when subscriptions fan out through it (for routing).
 */
export function healthRouter(
  orm: Orm,
  isShuttingDown: () => boolean,
  redisHealthy: (() => Promise<boolean>) | null,
): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    const checks: Record<string, string> = {};
    let ready = !isShuttingDown();
    if (!ready) checks.server = 'shutting down';
    try {
      await orm.em.fork().getConnection().execute('select 1');
      checks.database = 'ok';
      const pending = await pendingMigrations(orm);
      checks.migrations = pending.length === 0 ? 'ok' : `${pending.length} pending`;
      ready &&= pending.length === 0;
    } catch {
      checks.database = 'unreachable';
      ready = false;
    }
    if (redisHealthy) {
      const ok = await redisHealthy();
      checks.redis = ok ? 'ok' : 'unreachable';
      ready &&= ok;
    }
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  return router;
}
