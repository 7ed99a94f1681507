import { type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** Customer service's browser (the clerk keeps the queue open in one tab and works in another). */
let desk: Browser;
/** The facilities technician's browser: another person, another session. */
let field: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [desk, field] = await Promise.all([launchBrowser(), launchBrowser()]);
  await fileTheCaller();
});

type Gql = (query: string, variables: Record<string, unknown>) => Promise<Record<string, Record<string, unknown>>>;

/** A session of the API as one of the demo people, for setting the scene. */
async function apiAs(username: string): Promise<{ gql: Gql; dispose(): Promise<void> }> {
  const api = await request.newContext({ baseURL: server.url });
  const gql: Gql = async (query, variables) => {
    const res = await api.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { errors?: unknown; data?: Record<string, Record<string, unknown>> };
    const refused = Object.values(body.data ?? {}).some((p) => (p.userErrors as unknown[] | undefined)?.length);
    if (body.errors || refused || !body.data) throw new Error(JSON.stringify(body));
    return body.data;
  };
  await gql('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  return { gql, dispose: () => api.dispose() };
}

/** The caller's file: an owner of a unit at 翠湖花园, with a phone number to find her by. */
async function fileTheCaller() {
  const cs = await apiAs('cs');
  const building = await cs.gql(
    'mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } userErrors { code } } }',
    { input: { siteCode: 'CUIHU', code: '18', name: '18栋' } },
  );
  const unit = await cs.gql(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code } } }',
    { input: { buildingId: (building.createBuilding as { building: { id: string } }).building.id, code: '18-0302' } },
  );
  await cs.gql(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }',
    {
      input: {
        name: '王秀英',
        kind: 'OWNER',
        contacts: [{ kind: 'PHONE', value: '13900001802' }],
        occupancy: { unitId: (unit.createUnit as { unit: { id: string } }).unit.id, fromDate: '2020-05-01' },
      },
    },
  );
  await cs.dispose();
}

afterAll(async () => {
  await desk?.close();
  await field?.close();
  if (server) expect(await server.stop()).toBe(0);
});

type WatchedPage = Page & { problems: string[] };

async function newPage(browser: Browser): Promise<WatchedPage> {
  const page = (await browser.context.newPage()) as WatchedPage;
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

const statusOf = (page: Page) => page.getByTestId('case-page').getAttribute('data-status');

describe('the service desk', () => {
  it('takes a phone complaint, refers it to facilities, gets it resolved and closes it, the queue following live', async () => {
    // The clerk's queue, in a tab of its own, never reloaded: a marker on the window would vanish.
    const queue = await newPage(desk);
    await signIn(queue, server.url, 'cs', { next: '/cases' });
    await queue.waitForURL(/\/cases$/);
    await expect.poll(() => queue.getByTestId('nav-cases').isVisible()).toBe(true);
    await expect.poll(() => queue.getByTestId('case-count').textContent()).toMatch(/\d/); // loaded (demo cases or none)
    await queue.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    // A phone call: the intake form, from the keyboard.
    const work = await newPage(desk);
    await work.goto(`${server.url}/cases/new`);
    await expect.poll(() => work.getByTestId('case-intake-form').isVisible()).toBe(true);
    // The kind has focus first; complaint is the default for customer service.
    await expect
      .poll(() => work.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('COMPLAINT');
    await work.getByTestId('intake-title').fill('18-0302卫生间天花板漏水');
    await work.getByTestId('intake-description').fill('业主来电：楼上渗水，卫生间天花板漏水已两天，请尽快上门。');
    // Found on file by the number she calls from: her name, her unit and her phone fill in.
    await work.getByTestId('intake-lookup').click();
    await work.keyboard.type('13900001802');
    await work.locator('.ant-select-item-option').filter({ hasText: '王秀英' }).first().click();
    await expect.poll(() => work.getByTestId('intake-picked').textContent()).toContain('18-0302');
    expect(await work.getByTestId('intake-reporter-phone').inputValue()).toBe('13900001802');
    await work.getByTestId('intake-area').fill('卫生间');
    await work.getByTestId('intake-area').press('Enter'); // Enter records it
    await work.waitForURL(/\/cases\/[^/]+$/);
    await expect.poll(() => statusOf(work)).toBe('OPEN');
    const reference = (await work.getByTestId('case-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^TS-\d{8}-\d{4}$/);
    expect(await work.getByTestId('case-reporter').textContent()).toMatch(/王秀英.*13900001802/);
    expect(await work.getByTestId('case-details').textContent()).toContain('翠湖花园 · 18-0302 · 卫生间');
    expect(await work.getByTestId('case-customer-link').getAttribute('href')).toMatch(/^\/customers\/.+/);

    // The queue shows the new case without a reload.
    const row = queue.locator(`[data-testid="case-row"][data-reference="${reference}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('OPEN');

    // Referred (转告) to facilities and a person there, who must acknowledge it.
    await work.getByTestId('case-action-refer').click();
    await choose(work, 'case-refer-department', '设施维护部');
    await choose(work, 'case-refer-person', '郑海 · 设施维修员');
    await work.getByTestId('case-note').fill('请上门查看楼上防水');
    await work.getByTestId('case-refer-form-submit').click();
    await expect.poll(() => statusOf(work)).toBe('ASSIGNED');
    await expect.poll(() => work.getByTestId('case-holder').textContent()).toContain('郑海');
    expect(await work.locator('[data-badge="awaiting"]').count()).toBe(1);
    await expect.poll(() => row.getAttribute('data-status')).toBe('ASSIGNED');

    // The technician, in a browser of their own: the bell says a case came in.
    const tech = await newPage(field);
    await signIn(tech, server.url, 'tech', { next: '/cases' });
    // (The demo's own referrals to the technician may be unread too.)
    const unread = () => tech.getByTestId('notification-bell').getAttribute('data-unread').then(Number);
    await expect.poll(unread).toBeGreaterThan(0);
    const before = await unread();
    await tech.getByTestId('notification-bell').click();
    await tech.getByTestId('notification').filter({ hasText: reference }).first().click();
    await tech.waitForURL(/\/cases\/[^/]+$/);
    await expect.poll(() => tech.getByTestId('case-reference').textContent()).toContain(reference);
    await expect.poll(unread).toBe(before - 1);

    // Acknowledge, start, resolve with a result; nothing else is offered to them.
    expect(await tech.getByTestId('acknowledge-prompt').isVisible()).toBe(true);
    expect(await tech.getByTestId('case-action-start').count()).toBe(0);
    await tech.getByTestId('case-action-acknowledge').click();
    await expect.poll(() => tech.getByTestId('case-action-start').count()).toBe(1);
    await tech.getByTestId('case-action-start').click();
    await expect.poll(() => statusOf(tech)).toBe('IN_PROGRESS');
    await expect.poll(() => row.getAttribute('data-status')).toBe('IN_PROGRESS');
    expect(await tech.getByTestId('case-action-close').count()).toBe(0); // closing is customer service's
    await tech.getByTestId('case-action-resolve').click();
    await tech.getByTestId('case-resolve-form-submit').click(); // no result: refused beside the field
    await expect.poll(() => tech.locator('.ant-form-item-has-error').filter({ hasText: '处理结果' }).count()).toBe(1);
    await tech.getByTestId('case-result').fill('楼上卫生间防水层破损，已重做防水并修补天花板。');
    await tech.getByTestId('case-resolve-form-submit').click();
    await expect.poll(() => statusOf(tech)).toBe('RESOLVED');

    // The clerk's case page and queue follow, without a reload.
    await expect.poll(() => statusOf(work)).toBe('RESOLVED');
    await expect.poll(() => row.getAttribute('data-status')).toBe('RESOLVED');
    await expect.poll(() => work.getByTestId('case-result-text').textContent()).toContain('已重做防水');

    // The return visit (回访): satisfaction and the customer's remark, then closed.
    await work.getByTestId('case-action-close').click();
    await work.getByTestId('case-satisfaction').locator('li').nth(4).click();
    await work.getByTestId('case-feedback').fill('维修及时，很满意。');
    await work.getByTestId('case-close-form-submit').click();
    await expect.poll(() => statusOf(work)).toBe('CLOSED');
    expect(await work.getByTestId('case-feedback-text').textContent()).toContain('很满意');
    const types = await work
      .getByTestId('timeline-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-type')));
    expect(types).toEqual(['OPENED', 'REFERRED', 'ACKNOWLEDGED', 'STARTED', 'RESOLVED', 'CLOSED']);

    await expect.poll(() => row.getAttribute('data-status')).toBe('CLOSED');
    expect(await queue.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    for (const page of [queue, work, tech]) expect(page.problems).toEqual([]);
    await Promise.all([queue.close(), work.close(), tech.close()]);
  });
});
