import { type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** The officer's phone at the gate. */
let phone: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await phone?.close();
  if (server) expect(await server.stop()).toBe(0);
});

type WatchedPage = Page & { problems: string[] };

async function newPage(): Promise<WatchedPage> {
  const page = (await phone.context.newPage()) as WatchedPage;
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

/** Customer service at the desk writes and approves a pass for today, as the owner asks: its number. */
async function passFromTheDesk(): Promise<string> {
  const api = await request.newContext({ baseURL: server.url });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.post('/graphql', { data: { query, variables } });
    return (await res.json()) as { data: Record<string, { pass?: { id: string; number: string } | null }> };
  };
  await gql('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
    input: { username: 'cs', password: DEMO_PASSWORD },
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const written = await gql(
    'mutation($input: RequestGoodsPassInput!) { requestGoodsPass(input: $input) { pass { id number } userErrors { code } } }',
    {
      input: {
        siteCode: 'CUIHU',
        departmentKey: 'facilities',
        items: [
          { description: '报废消防水带', quantity: 4 },
          { description: '旧配电柜门板', quantity: 1 },
        ],
        carrierName: '郑海',
        validFrom: today,
      },
    },
  );
  const pass = written.data.requestGoodsPass?.pass;
  if (!pass) throw new Error(`no pass: ${JSON.stringify(written)}`);
  await gql('mutation($input: GoodsPassStepInput!) { approveGoodsPass(input: $input) { userErrors { code } } }', {
    input: { passId: pass.id },
  });
  await api.dispose();
  return pass.number;
}

describe('the officer on duty at the gate, on a phone', () => {
  it('checks a goods pass out, then records a car coming in and leaving', async () => {
    const number = await passFromTheDesk();
    const page = await newPage();
    await signIn(page, server.url, 'officer', { next: '/gate' });
    await page.waitForURL(/\/gate/);

    // The pass the carrier shows: typed in as printed, lower case and all.
    // (antd puts the test id on the search's <input> or on its wrapper, depending on the version.)
    const lookup = page.locator('input[data-testid="pass-lookup"], [data-testid="pass-lookup"] input').first();
    await lookup.fill(number.toLowerCase());
    await lookup.press('Enter');
    const card = page.locator(`[data-testid="pass-lookup-result"] [data-testid="pass"][data-number="${number}"]`);
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 15_000 }).toBe('APPROVED');
    expect(await card.getByTestId('pass-items').textContent()).toContain('报废消防水带');

    // The goods match: let them out at the gate, with a note.
    await card.getByTestId('pass-check-out').click();
    await expect.poll(() => page.getByTestId('pass-checkOut-form').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('pass-note').fill('物品与放行条相符');
    await page.getByTestId('pass-checkOut-form-submit').click();
    await expect.poll(() => page.getByTestId('pass-checkOut-form').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 10_000 }).toBe('USED');
    expect(await card.getByTestId('pass-outcome').textContent()).toContain('陈磊');
    // Used once: nothing more to press on it.
    expect(await card.getByTestId('pass-check-out').count()).toBe(0);

    // A visitor's car comes in at the east gate.
    await page.getByTestId('gate-tab-vehicles').click();
    await page.getByTestId('vehicle-enter').click();
    await expect.poll(() => page.getByTestId('vehicle-entry-form').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('vehicle-plate').fill('沪a·k3e21');
    await page.getByTestId('vehicle-parking').fill('访客车位 V-05');
    await page.getByTestId('vehicle-entry-form-submit').click();
    await expect.poll(() => page.getByTestId('vehicle-entry-form').count(), { timeout: 10_000 }).toBe(0);
    const car = page.locator('[data-testid="vehicle"][data-plate="沪AK3E21"]');
    await expect.poll(() => car.getAttribute('data-inside'), { timeout: 15_000 }).toBe('true');
    expect(await car.textContent()).toContain('访客车位 V-05');

    // The same plate cannot come in twice while inside: refused beside the plate.
    await page.getByTestId('vehicle-enter').click();
    await page.getByTestId('vehicle-plate').fill('沪AK3E21');
    await page.getByTestId('vehicle-entry-form-submit').click();
    await expect
      .poll(() => page.locator('[data-testid="vehicle-entry-form"] .ant-form-item-explain-error').first().textContent())
      .toContain('已在场内');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('vehicle-entry-form').count(), { timeout: 10_000 }).toBe(0);

    // It leaves: out against its open entry, and off the list of vehicles inside.
    await car.getByTestId('vehicle-exit').click();
    await expect.poll(() => page.getByTestId('vehicle-exit-form').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('vehicle-exit-form-submit').click();
    await expect.poll(() => page.getByTestId('vehicle-exit-form').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => car.count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('vehicle-filter').getByText('全部记录').click();
    await expect.poll(() => car.getAttribute('data-inside'), { timeout: 10_000 }).toBe('false');
    expect(await car.textContent()).toContain('出场');

    // Phone-sized: nothing wider than the screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
