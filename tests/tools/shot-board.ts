/**
 * `npx tsx tools/shot-board.ts`: photographs the live incident board as a control room's wall
 * screen shows it (1920×1080 and 1366×768), in both languages — signed in by a shift leader's
 * board token, with major cases open and escalated, the current shift's coverage, a new major case
 * arriving (the alert), and the refusal a revoked token meets. Also run by tools/screenshots.ts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { patrolShiftNow } from '../support/patrol-shift.js';
import { DEMO_PASSWORD } from '../support/sign-in.js';

const OUT = resolve(fileURLToPath(new URL('../.artifacts/screenshots', import.meta.url)));
const WALLS = [
  { name: 'wall-1080', viewport: { width: 1920, height: 1080 } },
  { name: 'wall-768', viewport: { width: 1366, height: 768 } },
];

async function apiAs(url: string, username: string) {
  const api = await request.newContext({ baseURL: url });
  const gql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await api.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  await gql('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  return { gql, dispose: () => api.dispose() };
}

type Api = Awaited<ReturnType<typeof apiAs>>;

async function openMajor(api: Api, title: string, area: string): Promise<string> {
  const data = await api.gql<{ openCase: { case: { id: string } } }>(
    'mutation($i: OpenCaseInput!) { openCase(input: $i) { case { id } } }',
    {
      i: {
        kind: 'COMPLAINT',
        channel: 'PATROL',
        title,
        description: title,
        reportedByMe: true,
        siteCode: 'CUIHU',
        area,
        severity: 'MAJOR',
        priority: 'URGENT',
      },
    },
  );
  return data.openCase.case.id;
}

export async function shootBoard(server: BuiltServer): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const onDuty = await patrolShiftNow(server.url);
  const leader = await apiAs(server.url, onDuty.leader);
  const escalated = await openMajor(leader, '东门岗亭外有人聚集争执', '东门岗亭');
  await leader.gql('mutation($i: EscalateCaseInput!) { escalateCase(input: $i) { case { id } } }', {
    i: { caseId: escalated, note: '现场人员情绪激动，请主管到场。' },
  });
  await openMajor(leader, '地下车库 B2 消防水管漏水', '地下车库 B2 区');
  const token = async (name: string) =>
    (
      await leader.gql<{ createApiToken: { secret: string; token: { id: string } } }>(
        'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }',
        { i: { name, scopes: ['BOARD'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      )
    ).createApiToken;

  for (const wall of WALLS) {
    for (const locale of ['zh-CN', 'en']) {
      const browser = await launchBrowser({ viewport: wall.viewport });
      try {
        const page = await browser.context.newPage();
        page.on('pageerror', (err) => console.error(`pageerror: ${err.message}`));
        await page.addInitScript((l) => localStorage.setItem('steward.locale', l), locale);
        const shot = async (name: string) => {
          const file = join(OUT, `${name}-${wall.name}-${locale}.png`);
          await page.screenshot({ path: file });
          console.log(file);
        };
        const { secret, token: created } = await token(`大屏 ${wall.name} ${locale}`);
        await page.goto(`${server.url}/board?token=${secret}`);
        await page.locator('[data-testid="board-connection"][data-state="live"]').waitFor();
        await page.locator('[data-testid="board-case"]').first().waitFor();
        await page.waitForTimeout(600);
        await shot('board');
        await openMajor(leader, locale === 'en' ? 'Smoke in the bin room, block 5' : '5 栋垃圾房冒烟', '5 栋垃圾房');
        await page.locator('[data-testid="board-alert"]').waitFor();
        await page.waitForTimeout(600);
        await shot('board-alert');
        await leader.gql('mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { token { id } } }', {
          i: { tokenId: created.id },
        });
        await page.reload();
        await page.locator('[data-testid="board-refused"]').waitFor();
        await shot('board-refused');
      } finally {
        await browser.close();
      }
    }
  }
  await leader.dispose();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  try {
    await shootBoard(server);
  } catch (err) {
    console.error(server.output().slice(-3000));
    throw err;
  } finally {
    await server.stop();
  }
}
