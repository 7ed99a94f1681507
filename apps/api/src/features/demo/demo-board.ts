import type { Context } from '../../graphql/context.js';
import type { Logger } from '../../logger.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { TokenScopeEnum } from '../auth/auth.enums.js';
import { AuthService } from '../auth/auth.service.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const DAY = 24 * 3600_000;

/**
 * The control room's wall screen: the order-maintenance director's board token, in use (its
 * secret went to the screen and is shown to nobody again). The board itself shows what the other
 * demo records hold: the open major cases, and the current shift's patrol coverage. Only on a
 * database without API tokens.
 */
export async function loadDemoBoard(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(ApiToken, {})) > 0) return;
  const now = Date.now();
  const director = new AuthService(await demoContext(em, log, deps, 'director', () => new Date(now)));
  const { token } = must(
    await director.createToken({
      name: '秩序维护部监控中心大屏',
      scopes: [TokenScopeEnum.BOARD],
      expiresAt: new Date(now + 180 * DAY),
    }),
    'board token',
  );
  // The screen has been showing the board since: it signs in as it reconnects.
  await em.fork().nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date(now - 60_000) });
  log.info('loaded the demo board token');
}
