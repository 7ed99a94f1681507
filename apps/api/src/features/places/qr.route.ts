import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Config } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import { fromGlobalId } from '../../graphql/node.js';
import { viewerOf } from '../../http/auth-context.js';
import { Checkpoint } from './checkpoint.entity.js';
import { originOf, qrPng, scanUrlOf } from './checkpoint-code.js';
import { placeSiteFilter } from './place.access.js';

/**
 * `GET /qr/checkpoints/<id>.png`: a checkpoint's QR code as a PNG, for printing or a label maker.
 * The same access as `Checkpoint.qrSvg` (whoever keeps the site's places), by session cookie or
 * an API token that may read; anything else is answered as if the checkpoint did not exist.
 */
export function qrRouter(orm: Orm, config: Config): Router {
  const router = express.Router();
  router.get('/qr/checkpoints/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const parsed = file.endsWith('.png') && file.length <= 200 ? fromGlobalId(file.slice(0, -4)) : null;
    res.setHeader('Cache-Control', 'private, no-store');
    const em = orm.em.fork();
    const viewer = await viewerOf(em, req, config);
    if (!viewer) {
      res.status(401).json({ error: 'You need to sign in.' });
      return;
    }
    const tokenMayRead = viewer.via !== 'token' || viewer.tokenScopes.includes('read');
    if (viewer.staff.mustChangePassword || !tokenMayRead) {
      res.status(403).json({ error: 'You are not allowed to do this.' });
      return;
    }
    const checkpoint =
      parsed?.typename === 'Checkpoint'
        ? await em.findOne(Checkpoint, { id: parsed.key, ...placeSiteFilter(viewer, 'place.manage') })
        : null;
    const origin = originOf(req.protocol, req.get('host'));
    if (!checkpoint || !origin) {
      res.status(404).json({ error: 'No such checkpoint.' });
      return;
    }
    const png = await qrPng(scanUrlOf(origin, checkpoint.code));
    res.type('image/png').send(png);
  });
  return router;
}
