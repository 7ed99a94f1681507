/**
 * `SHOT_AS=leader SHOT_PATHS=/my-shift,/shifts npx tsx tools/shot-pages.ts`: photographs a few pages
 * as one demo user, at desk and phone sizes, in both languages — a quick look while building a
 * page (the full tour is tools/screenshots.ts).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser.js';
import { startBuiltServer } from '../support/built-server.js';
import { signIn } from '../support/sign-in.js';

const OUT = resolve(fileURLToPath(new URL('../.artifacts/screenshots', import.meta.url)));
const USER = process.env.SHOT_AS ?? 'manager';
const PATHS = (process.env.SHOT_PATHS ?? '/').split(',');
const SIZES = [
  { name: 'desk', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

mkdirSync(OUT, { recursive: true });
const server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
try {
  for (const size of SIZES) {
    for (const locale of ['zh-CN', 'en']) {
      const browser = await launchBrowser({ viewport: size.viewport });
      try {
        const page = await browser.context.newPage();
        page.on('pageerror', (err) => console.error(`pageerror: ${err.message}`));
        await page.addInitScript((l) => localStorage.setItem('steward.locale', l), locale);
        await signIn(page, server.url, USER);
        for (const path of PATHS) {
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(800);
          const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
          const file = join(OUT, `${USER}-${name}-${size.name}-${locale}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.stop();
}
