import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';

/**
 * Serves the built SPA: hashed assets cached for a year, everything else falls back to
 * index.html (client-side routing), never cached so a deploy is picked up at once.
 */
export function spaRouter(webDist: string | null): Router {
  const router = express.Router();
  const index = webDist ? join(webDist, 'index.html') : null;
  if (!webDist || !index || !existsSync(index)) {
    router.get('/', (_req: Request, res: Response) => {
      res.status(404).type('text/plain').send('The web app is not built. Run `pnpm build` (or `npm start`).\n');
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get('/{*path}', (req: Request, res: Response, next: NextFunction) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
