/**
 * `pnpm screenshots`: starts the built app on a fresh database and photographs every page at
 * desk and phone sizes, in both languages, into apps/web/screenshots/ (look before calling a UI done).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser.js';
import { startBuiltServer } from '../support/built-server.js';

const OUT = resolve(fileURLToPath(new URL('../../apps/web/screenshots', import.meta.url)));
const PAGES = [
  { name: 'rulebook', path: '/rulebook/customer_service' },
  { name: 'rulebook-order-maintenance', path: '/rulebook/order_maintenance' },
  { name: 'rulebook-search', path: '/rulebook?q=%E5%B7%A1%E6%9F%A5' },
];
const SIZES = [
  { name: 'desk', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

mkdirSync(OUT, { recursive: true });
const server = await startBuiltServer();
try {
  for (const size of SIZES) {
    const browser = await launchBrowser({ viewport: size.viewport });
    try {
      for (const locale of ['zh-CN', 'en']) {
        const page = await browser.context.newPage();
        await page.addInitScript((l) => localStorage.setItem('steward.locale', l), locale);
        for (const p of PAGES) {
          await page.goto(`${server.url}${p.path}`);
          await page.waitForSelector('[data-testid="duty"]', { timeout: 15_000 });
          await page.waitForTimeout(300);
          const file = join(OUT, `${p.name}-${size.name}-${locale}.png`);
          await page.screenshot({ path: file });
          console.log(file);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}
