/**
 * `pnpm screenshots`: starts the built app on a fresh database with the demo organisation, signs
 * in as the people who use each page, and photographs every page at desk and phone sizes, in both
 * languages, into apps/web/screenshots/ (look before calling a UI done).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, request } from 'playwright-core';
import { choose } from '../support/antd.js';
import { launchBrowser } from '../support/browser.js';
import { startBuiltServer } from '../support/built-server.js';
import { patrolShiftNow } from '../support/patrol-shift.js';
import { DEMO_PASSWORD, fillSignIn, signIn, signOut } from '../support/sign-in.js';
import { shootBoard } from './shot-board.js';

// Written where git does not look: a curated few are copied to apps/web/screenshots for the README.
const OUT = resolve(fileURLToPath(new URL('../.artifacts/screenshots', import.meta.url)));
const SIZES = [
  { name: 'desk', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const ONLY = process.env.SHOTS ? new Set(process.env.SHOTS.split(',')) : null;

mkdirSync(OUT, { recursive: true });
const server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
await fileACaller();
// The demo shift on duty now at CUIHU: its officer scans on a phone, its leader watches coverage.
const onDuty = await patrolShiftNow(server.url);
let shots = 0;

async function apiAs(username: string) {
  const api = await request.newContext({ baseURL: server.url });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.post('/graphql', { data: { query, variables } });
    return ((await res.json()) as { data: Record<string, Record<string, { id: string } | null>> }).data;
  };
  await gql('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  return { gql, dispose: () => api.dispose() };
}

/** A customer on file, for the intake form's lookup. */
async function fileACaller() {
  const cs = await apiAs('cs');
  const building = await cs.gql(
    'mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } } }',
    { input: { siteCode: 'CUIHU', code: '18', name: '18栋' } },
  );
  const unit = await cs.gql('mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } } }', {
    input: { buildingId: building.createBuilding?.building?.id, code: '18-0302' },
  });
  await cs.gql('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }', {
    input: {
      name: '王秀英',
      kind: 'OWNER',
      contacts: [{ kind: 'PHONE', value: '13900001802' }],
      occupancy: { unitId: unit.createUnit?.unit?.id, fromDate: '2020-05-01' },
    },
  });
  await cs.dispose();
}

/** The CUIHU shift running now, put on duty by its leader (the demo leaves it to them). */
async function runningShift(): Promise<{ id: string; leader: string } | null> {
  const director = await apiAs('director');
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));
  const data = (await director.gql(
    'query($range: RosterRangeInput!) { roster(range: $range) { id status startsAt endsAt leader { username } } }',
    { range: { from: day(-1), to: day(0), siteCode: 'CUIHU' } },
  )) as unknown as {
    roster: { id: string; status: string; startsAt: string; endsAt: string; leader: { username: string } }[];
  };
  await director.dispose();
  const now = Date.now();
  const shift = data.roster.find((s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt));
  if (!shift) return null;
  if (shift.status === 'PLANNED' || shift.status === 'BRIEFING') {
    const leader = await apiAs(shift.leader.username);
    await leader.gql('mutation($input: ShiftStepInput!) { startShiftDuty(input: $input) { shift { id } } }', {
      input: { shiftId: shift.id },
    });
    await leader.dispose();
  }
  return { id: shift.id, leader: shift.leader.username };
}

async function settle(page: Page, selector: string) {
  await page.waitForSelector(selector, { timeout: 15_000 }).catch(async (err) => {
    await page.screenshot({ path: '/tmp/screenshot-failure.png' });
    console.error(`failed at ${page.url()}`);
    throw err;
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

try {
  for (const size of SIZES) {
    for (const locale of ['zh-CN', 'en']) {
      const browser = await launchBrowser({ viewport: size.viewport });
      const page = await browser.context.newPage();
      page.on('pageerror', (err) => console.error(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') console.error(`console: ${msg.text()}`);
      });
      await page.addInitScript((l) => localStorage.setItem('steward.locale', l), locale);
      const shot = async (name: string, fullPage = false) => {
        if (ONLY && !ONLY.has(name)) return;
        const file = join(OUT, `${name}-${size.name}-${locale}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      };
      const visit = async (name: string, path: string, selector: string, fullPage = false) => {
        await page.goto(`${server.url}${path}`);
        await settle(page, selector);
        await shot(name, fullPage);
      };
      try {
        // Nobody signed in: the sign-in page, then a refusal.
        await page.goto(`${server.url}/staff`);
        await settle(page, '[data-testid="login-form"]');
        await shot('login');
        await fillSignIn(page, 'manager', 'wrong-password-1');
        await settle(page, '[data-testid="login-error"]');
        await shot('login-error');

        // The analyst's bulk exports: the datasets they may download, one opened to its columns.
        await signIn(page, server.url, 'analyst', { next: '/exports' });
        await settle(page, '[data-testid="export-dataset-cases"]');
        await shot('exports', true);
        await page.locator('[data-testid="export-dataset-patrol-scans"] .ant-collapse-header').click();
        await page.waitForTimeout(400);
        await page.getByTestId('export-dataset-patrol-scans').scrollIntoViewIfNeeded();
        await shot('exports-columns');
        await signOut(page);

        // Places and patrols: the director's areas, QR cards and missed patrols; an officer on
        // duty scanning on the phone; the shift leader's live coverage.
        // The live board in the director's own browser (a session, no board token).
        await signIn(page, server.url, 'director', { next: '/board' });
        await settle(page, '[data-testid="board-connection"][data-state="live"]');
        await shot('board-session', size.name === 'phone');
        await page.goto(`${server.url}/places`);
        await settle(page, '[data-testid="area-card"]');
        await shot('places', true);
        await page.getByTestId('area-add').click();
        await settle(page, '[data-testid="area-form"]');
        await shot('places-area-new');
        await page.keyboard.press('Escape');
        await visit('places-print', '/places?site=CUIHU&tab=print', '[data-testid="qr-card"]', true);
        await visit('places-missed', '/places?site=CUIHU&tab=missed', '[data-testid="missed-row"]');
        await page.getByTestId('missed-review').first().click();
        await settle(page, '[data-testid="missed-review-form"]');
        await shot('places-missed-review');
        await page.keyboard.press('Escape');
        // The shift of a missed patrol, on its patrols tab (a closed shift opens on its handover).
        const missedShift = await page.locator('[data-testid="missed-row"] a').first().getAttribute('href');
        await page.goto(`${server.url}${missedShift}?tab=patrols`);
        await settle(page, '[data-testid="coverage-row"]');
        await shot('shift-coverage-past', true);
        await signOut(page);
        await signIn(page, server.url, onDuty.officers[0] ?? onDuty.leader, { next: '/my-shift' });
        await settle(page, '[data-testid="my-patrol-card"]');
        await shot('my-shift-patrol', true);
        await page.getByTestId('patrol-scan-open').click();
        await settle(page, '[data-testid="scan-pick"]');
        await shot('patrol-scan-modal');
        await page.keyboard.press('Escape');
        await page.getByTestId('patrol-report-open').click();
        await settle(page, '[data-testid="anomaly-form"]');
        await shot('patrol-report');
        await page.keyboard.press('Escape');
        // A card of its own for each run: the same card twice within a minute is refused as a double scan.
        const card = (onDuty.checkpoints[shots++ % onDuty.checkpoints.length]?.code ?? '').replace(/-/g, '');
        await visit('scan-page', `/scan/${card}`, '[data-testid="scan-confirm"]');
        await page.getByTestId('scan-observation').fill(locale === 'en' ? 'All clear' : '消防通道畅通');
        await page.getByTestId('scan-record').click();
        await settle(page, '[data-testid="scan-done"]');
        await shot('scan-done');
        await signOut(page);
        await signIn(page, server.url, onDuty.leader, { next: `/shifts/${onDuty.shiftId}?tab=patrols` });
        await settle(page, '[data-testid="coverage-row"]');
        await shot('shift-coverage', true);
        await signOut(page);

        // Fire safety: the fire supervisor's registers at the desk; an officer on patrol finding the
        // nearest extinguisher on the phone; the director with a plan draft to approve.
        await signIn(page, server.url, 'fire', { next: '/fire-safety?site=CUIHU' });
        await settle(page, '[data-testid="fire-check"]');
        await shot('fire-overview', true);
        await visit(
          'fire-responsibility',
          '/fire-safety?site=CUIHU&tab=responsibility',
          '[data-testid="fire-coverage-row"]',
          true,
        );
        await page.getByTestId('fire-assign').first().click();
        await settle(page, '[data-testid="fire-assign-form"]');
        await shot('fire-assign');
        await page.keyboard.press('Escape');
        await visit('fire-plans', '/fire-safety?site=CUIHU&tab=plans', '[data-testid="fire-unit"]', true);
        await page.locator('[data-testid="fire-unit"][data-name="地下停车场"] [data-testid="fire-unit-open"]').click();
        await settle(page, '[data-testid="fire-plan-selected"]');
        await shot('fire-plan-versions');
        await page.keyboard.press('Escape');
        await visit('fire-drills', '/fire-safety?site=CUIHU&tab=drills', '[data-testid="fire-drill-row"]');
        await page.getByTestId('fire-drill-link').nth(1).click();
        await settle(page, '[data-testid="fire-drill-page"]');
        await shot('fire-drill', true);
        await visit(
          'fire-equipment',
          '/fire-safety?site=CUIHU&tab=equipment',
          '[data-testid="fire-equipment-row"]',
          true,
        );
        await page.getByTestId('fire-equipment-check').first().click();
        await settle(page, '[data-testid="fire-check-form"]');
        await shot('fire-equipment-check');
        await page.keyboard.press('Escape');
        await visit('fire-brigade', '/fire-safety?site=CUIHU&tab=brigade', '[data-testid="fire-member-row"]');
        await signOut(page);
        await signIn(page, server.url, 'officer', { next: '/fire-safety?site=CUIHU&tab=equipment' });
        await settle(page, '[data-testid="fire-equipment-row"]');
        await choose(page, 'fire-equipment-type', locale === 'en' ? 'Extinguisher' : '灭火器');
        await settle(page, '[data-testid="fire-equipment-row"]');
        await shot('fire-equipment-officer', true);
        await signOut(page);
        await signIn(page, server.url, 'director', { next: '/fire-safety?site=JINQIAO&tab=plans' });
        await settle(page, '[data-testid="fire-unit"]');
        await page.locator('[data-testid="fire-unit"][data-name="消防控制室"] [data-testid="fire-unit-open"]').click();
        await settle(page, '[data-testid="fire-plan-approve"]');
        await shot('fire-plan-approve');
        // Contacts and the gate: the director's registers and what they lack; the officer at the
        // gate on duty (a pass looked up and checked, a car in, overstays, visitors); customer
        // service writing a pass.
        await signIn(page, server.url, 'director', { next: '/contacts' });
        await settle(page, '[data-testid="contact"]');
        await shot('contacts', true);
        await visit('contacts-liaison', '/contacts?list=liaison', '[data-testid="contact"]', true);
        await page.locator('[data-testid="contact"][data-stale="true"]').first().getByTestId('contact-verify').click();
        await settle(page, '[data-testid="contact-verify-form"]');
        await shot('contacts-verify');
        await page.keyboard.press('Escape');
        await page.getByTestId('contact-add').click();
        await settle(page, '[data-testid="contact-form"]');
        await shot('contacts-add');
        await page.keyboard.press('Escape');
        await visit('gate-director', '/gate?site=CUIHU&tab=vehicles', '[data-testid="vehicle"]', true);
        await signOut(page);
        await signIn(page, server.url, 'officer', { next: '/contacts' });
        await settle(page, '[data-testid="contact"]');
        await shot('contacts-officer');
        await visit('gate-passes', '/gate', '[data-testid="pass"]', true);
        const passNumber = (await page.locator('[data-testid="pass"]').first().getAttribute('data-number')) ?? '';
        const lookup = page.locator('input[data-testid="pass-lookup"], [data-testid="pass-lookup"] input').first();
        await lookup.fill(passNumber);
        await lookup.press('Enter');
        await settle(page, '[data-testid="pass-lookup-result"] [data-testid="pass"]');
        await shot('gate-pass-lookup');
        await page.locator('[data-testid="pass-lookup-result"] [data-testid="pass-check-out"]').click();
        await settle(page, '[data-testid="pass-checkOut-form"]');
        await shot('gate-pass-check-out');
        await page.keyboard.press('Escape');
        await visit('gate-vehicles', '/gate?tab=vehicles', '[data-testid="vehicle"]', true);
        await page.getByTestId('vehicle-enter').click();
        await settle(page, '[data-testid="vehicle-entry-form"]');
        await page.getByTestId('vehicle-plate').fill('沪B7P205');
        await shot('gate-vehicle-entry');
        await page.keyboard.press('Escape');
        await page
          .getByTestId('vehicle-filter')
          .getByText(locale === 'en' ? 'Overstays' : '超时')
          .click();
        await settle(page, '[data-testid="vehicle"][data-overstaying="true"]');
        await shot('gate-overstays');
        await visit('gate-visitors', '/gate?tab=visitors', '[data-testid="visitor"]', true);
        await page.getByTestId('visitor-enter').click();
        await settle(page, '[data-testid="visitor-entry-form"]');
        await shot('gate-visitor-entry');
        await page.keyboard.press('Escape');
        await signOut(page);
        await signIn(page, server.url, 'cs', { next: '/gate' });
        await settle(page, '[data-testid="pass"]');
        await shot('gate-passes-cs', true);
        await page.getByTestId('pass-request').click();
        await settle(page, '[data-testid="pass-request-form"]');
        await shot('gate-pass-request');
        await page.keyboard.press('Escape');
        // Safety inspections: the director's list with how regularly each type is done, an
        // inspection performed item by item, the notices' deadlines, a notice's own card,
        // external inspections received, and the checklists.
        await signIn(page, server.url, 'director', { next: '/inspections' });
        await settle(page, '[data-testid="regularity-cell"]');
        await shot('inspections', true);
        await page.getByTestId('inspection-plan-button').click();
        await settle(page, '[data-testid="inspection-plan-form"]');
        await shot('inspections-plan');
        await page.keyboard.press('Escape');
        // One that found a hazard, and the notice it led to.
        await page
          .locator('[data-testid="inspection-row"][data-status="COMPLETED"]')
          .filter({ hasText: /不合格 1|1 fail/ })
          .first()
          .click();
        await settle(page, '[data-testid="inspection-item"]');
        await shot('inspection-completed', true);
        await visit('inspections-planned', '/inspections?status=PLANNED', '[data-testid="inspection-row"]');
        await page.locator('[data-testid="inspection-row"]').first().click();
        await settle(page, '[data-testid="inspection-item"]');
        await page.getByTestId('result-FAIL').first().click();
        await page
          .getByTestId('inspection-item-note')
          .first()
          .fill(locale === 'en' ? 'Barrier arm stuck' : '北门道闸抬杆卡滞');
        await page.getByTestId('result-PASS').nth(1).click();
        await shot('inspection-perform');
        await visit('inspections-notices', '/inspections/notices?view=all', '[data-testid="notice-row"]', true);
        await page.locator('[data-testid="notice-row"][data-status="IN_PROGRESS"]').first().click();
        await settle(page, '[data-testid="rectification-card"]');
        await shot('inspection-notice', true);
        await visit('inspections-external', '/inspections/external', '[data-testid="external-row"]');
        await page.getByTestId('external-row').first().click();
        await settle(page, '[data-testid="external-page"]');
        await shot('inspection-external', true);
        await visit('inspections-checklists', '/inspections/checklists', '[data-testid="checklist-card"]', true);
        await signOut(page);

        // The company manager: every section.
        await signIn(page, server.url, 'manager');
        await visit('rulebook', '/rulebook/customer_service', '[data-testid="duty"]');
        await visit('rulebook-order-maintenance', '/rulebook/order_maintenance', '[data-testid="duty"]');
        await visit('rulebook-search', '/rulebook?q=%E5%B7%A1%E6%9F%A5', '[data-testid="duty"]');
        await visit('staff', '/staff', '[data-testid="staff-row"]');
        await page.locator('[data-testid="staff-row"][data-username="leader"]').click();
        await settle(page, '[data-testid="staff-detail"]');
        await shot('staff-detail', true);
        await visit('permissions', '/permissions', '[data-testid^="grant-"]');
        await page.getByTestId('user-menu').click();
        await settle(page, '[data-testid="sign-out"]');
        await shot('user-menu');
        await page.keyboard.press('Escape');
        await visit('tokens', '/tokens', '[data-testid="token-list"]');
        await page.getByTestId('token-create').click();
        await settle(page, '[data-testid="create-token-form"]');
        await page.getByTestId('token-name').fill(locale === 'en' ? 'Weekly complaints notebook' : '每周投诉分析');
        await shot('tokens-create');
        await page.getByTestId('create-token-form-submit').click();
        await settle(page, '[data-testid="token-secret"]');
        await shot('tokens-secret');
        await page.getByTestId('token-secret-done').click();
        await page.waitForTimeout(400);
        await shot('tokens-list');
        // A board token for the control room's wall screen, and the link to open there.
        await page.getByTestId('token-create-board').click();
        await settle(page, '[data-testid="create-token-form"]');
        await shot('tokens-create-board');
        await page.getByTestId('create-token-form-submit').click();
        await settle(page, '[data-testid="token-board-url"]');
        await shot('tokens-board-url');
        await page.getByTestId('token-secret-done').click();
        await page.waitForTimeout(400);
        await signOut(page);

        // The office clerk: onboarding, and the permissions read-only.
        await signIn(page, server.url, 'clerk');
        await visit('staff-new', '/staff/new', '[data-testid="onboard-form"]', true);
        const username = `shot.${size.name}.${locale === 'en' ? 'en' : 'zh'}`;
        await page.getByTestId('onboard-name').fill(locale === 'en' ? 'Lin Hai' : '林海');
        await page.getByTestId('onboard-employee-no').fill(`S-${size.name}-${locale}`);
        await page.getByTestId('onboard-username').fill(username);
        await page.getByTestId('onboard-position').click();
        await page.locator('.ant-select-item-option[title]').first().waitFor();
        await page.keyboard.type(locale === 'en' ? 'Order Maintenance Officer' : '秩序维护员');
        await page.keyboard.press('Enter');
        await page.getByTestId('onboard-submit').click();
        await settle(page, '[data-testid="temporary-password"]');
        await shot('staff-new-done');
        const temporary = (await page.getByTestId('temporary-password-value').textContent()) ?? '';
        await page.getByTestId('view-record').click();
        await settle(page, '[data-testid="staff-actions"]');
        await shot('staff-detail-clerk', true);
        await page.getByTestId('action-transfer').click();
        await settle(page, '[data-testid="transfer-staff-form"]');
        await shot('staff-transfer');
        await page.keyboard.press('Escape');
        await visit('permissions-read-only', '/permissions', '[data-testid^="grant-"]');
        await signOut(page);

        // The new officer's first sign-in: a new password before anything else.
        await fillSignIn(page, username, temporary);
        await settle(page, '[data-testid="change-password-form"]');
        await shot('change-password');
        await page.getByTestId('current-password').fill(temporary);
        await page.getByTestId('new-password').fill('Harbour2026x');
        await page.getByTestId('confirm-password').fill('Harbour2026x');
        await page.getByTestId('change-password-submit').click();
        await page.waitForURL((url) => url.pathname !== '/change-password');
        await settle(page, '[data-testid="user-menu"]');
        await shot('first-sign-in-done');
        await signOut(page);

        // The company manager again: the audit trail of all the above.
        await signIn(page, server.url, 'manager');
        await visit('audit', '/audit', '[data-testid="audit-event"]');
        const onboarded = page.locator('[data-testid="audit-event"]:has([data-action="staff.onboard"])').first();
        const expand = onboarded.locator('.ant-table-row-expand-icon');
        if (await expand.count()) await expand.click();
        else await onboarded.locator('.ant-collapse-header').click();
        await onboarded.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await shot('audit-expanded');
        await page.goto(`${server.url}/staff?q=${encodeURIComponent(username)}`);
        await settle(page, '[data-testid="staff-row"]');
        await page.locator('[data-testid="staff-row"]').first().click();
        await settle(page, '[data-testid="record-history"] [data-testid="audit-event"]');
        await shot('staff-detail-history', true);
        await signOut(page);

        // The analyst: case figures by month and department (the Analytics page).
        await signIn(page, server.url, 'analyst', { next: '/analytics' });
        await visit('analytics', '/analytics', '[data-testid="analytics-row"]', true);
        for (const tab of ['patrols', 'attendance']) {
          if (ONLY && !ONLY.has(`analytics-${tab}`)) continue;
          await page.locator(`.ant-tabs-tab[data-node-key="${tab}"]`).click();
          await settle(page, `[data-testid="analytics-${tab}-table"] .ant-table-row`);
          await shot(`analytics-${tab}`, true);
        }
        await signOut(page);

        // Customer files: the intake desk (by phone, by unit), a customer, a unit, the forms.
        await signIn(page, server.url, 'cs');
        await visit('customers', '/customers', '[data-testid="customer-row"]');
        await page.getByTestId('customer-lookup').fill('138 1234 0001');
        await settle(page, '[data-testid="lookup-hit"]');
        await shot('customers-lookup-phone');
        await page.getByTestId('customer-lookup').fill('1201');
        await settle(page, '[data-testid="lookup-hit"][data-kind="unit"]');
        await shot('customers-lookup-unit');
        await page.getByTestId('customer-lookup').fill('陈志远');
        await settle(page, '[data-testid="lookup-hit"]');
        await page.getByTestId('customer-lookup').press('Enter');
        await settle(page, '[data-testid="customer-detail"]');
        await shot('customer-detail', true);
        await page.getByTestId('action-move-in').click();
        await settle(page, '[data-testid="move-in-form"]');
        await shot('customer-move-in');
        await page.keyboard.press('Escape');
        await page.locator('[data-testid="occupancy-unit"]').first().click();
        await settle(page, '[data-testid="unit-detail"]');
        await shot('unit-detail', true);
        await page.locator('[data-testid="current-occupants"] [data-testid="action-move-out"]').last().click();
        await settle(page, '[data-testid="move-out-form"]');
        await shot('unit-move-out');
        await page.keyboard.press('Escape');
        await visit('customer-new', '/customers/new', '[data-testid="create-customer-form"]', true);
        await signOut(page);

        // The reception desk: the log, a walk-in being entered, closing one, a case opened from one.
        await signIn(page, server.url, 'cs');
        await visit('reception', '/reception', '[data-testid="visit-row"]', true);
        await page.getByTestId('visit-list').scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await shot('reception-list');
        if (size.name === 'phone') {
          await page.getByTestId('reception-entry-open').click();
          await settle(page, '[data-testid="reception-form"]');
        }
        await page.getByTestId('reception-lookup').getByTestId('intake-lookup').click();
        await page.keyboard.type('3-1201');
        await settle(page, '.ant-select-item-option');
        await shot('reception-lookup');
        await page.locator('.ant-select-item-option').filter({ hasText: '刘洋' }).first().click();
        await page
          .getByTestId('reception-purpose')
          .getByText(locale === 'en' ? 'Repair' : '报修')
          .click();
        await page
          .getByTestId('reception-summary')
          .fill(
            locale === 'en' ? 'Water stain on the bathroom ceiling, spreading.' : '卫生间天花板有水渍，面积在扩大。',
          );
        await page
          .getByTestId('reception-outcome')
          .fill(
            locale === 'en' ? 'Told them to keep a photo; opening a repair.' : '请客户先拍照留存，登记后开立报修工单。',
          );
        await shot('reception-entry');
        await page.locator('[data-testid="visit-row"][data-status="OPEN"]').first().getByTestId('visit-close').click();
        await settle(page, '[data-testid="visit-close-form"]');
        await shot('reception-close');
        await page.keyboard.press('Escape');
        await visit('reception-open', '/reception?status=OPEN', '[data-testid="visit-row"]');
        await page.locator('[data-testid="visit-open-case"]').first().click();
        await settle(page, '[data-testid="reception-origin"]');
        await shot('reception-open-case');
        await signOut(page);

        // The service desk: customer service takes a call and refers it to facilities.
        const en = locale === 'en';
        await signIn(page, server.url, 'cs');
        await visit('cases-new', '/cases/new', '[data-testid="case-intake-form"]');
        await page
          .getByTestId('intake-title')
          .fill(en ? 'Bathroom ceiling leaking at 3-1201' : '3栋1201卫生间天花板漏水');
        await page
          .getByTestId('intake-description')
          .fill(
            en ? 'Ms Wang called: water from upstairs for two days.' : '王女士来电：楼上渗水，卫生间天花板漏水已两天。',
          );
        await page.getByTestId('intake-lookup').click();
        await page.keyboard.type('1390000');
        await settle(page, '.ant-select-item-option');
        await shot('cases-new-lookup');
        await page.locator('.ant-select-item-option').filter({ hasText: '王秀英' }).first().click();
        await page.getByTestId('intake-area').fill(en ? 'Bathroom' : '卫生间');
        await shot('cases-new-filled', true);
        await page.getByTestId('intake-submit').click();
        await page.waitForURL(/\/cases\/[^/]+$/);
        await settle(page, '[data-testid="case-page"][data-status="OPEN"]');
        const casePath = new URL(page.url()).pathname;
        const caseRef = (await page.getByTestId('case-reference').textContent())?.trim() ?? '';
        await shot('case-open', true);
        await page.getByTestId('case-action-refer').click();
        await settle(page, '[data-testid="case-refer-form"]');
        await choose(page, 'case-refer-department', en ? 'Facilities Maintenance Department' : '设施维护部');
        await choose(page, 'case-refer-person', en ? '郑海 · Facilities Technician' : '郑海 · 设施维修员');
        await page.getByTestId('case-note').fill(en ? 'Please check the flat upstairs.' : '请上门查看楼上防水');
        await shot('case-refer');
        await page.getByTestId('case-refer-form-submit').click();
        await settle(page, '[data-testid="case-page"][data-status="ASSIGNED"]');
        // A major one, which must be escalated before anyone may work on it.
        await page.goto(`${server.url}/cases/new`);
        await settle(page, '[data-testid="case-intake-form"]');
        await page.getByTestId('intake-title').fill(en ? 'Lift stuck between floors' : '电梯困人');
        await page.getByTestId('intake-description').fill(en ? 'Two people inside, lift 2.' : '2号梯困两人。');
        await page.getByTestId('intake-reporter-name').fill(en ? 'Mr Zhao' : '赵先生');
        await page.getByTestId('intake-reporter-phone').fill('13900002002');
        await choose(page, 'intake-site', en ? 'Emerald Lake Gardens' : '翠湖花园');
        await page.getByTestId('intake-area').fill(en ? 'Lift 2, building 5' : '5栋2号梯');
        await page
          .getByTestId('intake-severity')
          .getByText(en ? 'Major' : '重大')
          .click();
        await page.getByTestId('intake-submit').click();
        await settle(page, '[data-testid="case-page"][data-status="OPEN"]');
        await shot('case-major', true);
        await page.getByTestId('case-action-escalate').click();
        await settle(page, '[data-testid="case-escalate-form"]');
        await page
          .getByTestId('case-note')
          .fill(en ? 'People trapped: the manager must know.' : '有人被困，须报经理。');
        await shot('case-escalate');
        await page.keyboard.press('Escape');
        await visit('cases-queue', '/cases', '[data-testid="case-row"]');
        await visit('cases-queue-all', '/cases?tab=all&status=active', '[data-testid="case-row"]');
        await visit('sla-read-only', '/settings/service-levels', '[data-testid="sla-table"]', true);
        await signOut(page);

        // The technician: the bell, the referral to acknowledge, the work and its result.
        await signIn(page, server.url, 'tech');
        await settle(page, '[data-testid="case-row"]');
        await shot('cases-queue-tech');
        await page.getByTestId('notification-bell').click();
        await settle(page, '[data-testid="notification"]');
        await shot('notifications');
        // The demo's own alerts may be newer: open the referral just made.
        await page.getByTestId('notification').filter({ hasText: caseRef }).first().click();
        await settle(page, '[data-testid="acknowledge-prompt"]');
        await shot('case-acknowledge', true);
        await page.getByTestId('case-action-acknowledge').click();
        await settle(page, '[data-testid="case-action-start"]');
        await page.getByTestId('case-action-start').click();
        await settle(page, '[data-testid="case-page"][data-status="IN_PROGRESS"]');
        await page.getByTestId('case-action-resolve').click();
        await settle(page, '[data-testid="case-resolve-form"]');
        await page
          .getByTestId('case-result')
          .fill(
            en
              ? 'Redid the waterproofing upstairs and repaired the ceiling.'
              : '楼上卫生间防水层破损，已重做防水并修补天花板。',
          );
        await shot('case-resolve');
        await page.getByTestId('case-resolve-form-submit').click();
        await settle(page, '[data-testid="case-page"][data-status="RESOLVED"]');
        await signOut(page);

        // Customer service's return visit, and the closed case.
        await signIn(page, server.url, 'cs', { next: casePath });
        await settle(page, '[data-testid="case-action-close"]');
        await page.getByTestId('case-action-close').click();
        await settle(page, '[data-testid="case-close-form"]');
        await page.getByTestId('case-satisfaction').locator('li').nth(4).click();
        await page.getByTestId('case-feedback').fill(en ? 'Quick and tidy, thank you.' : '维修及时，很满意。');
        await shot('case-close');
        await page.getByTestId('case-close-form-submit').click();
        await settle(page, '[data-testid="case-page"][data-status="CLOSED"]');
        await shot('case-closed', true);
        // A rental from the demo: units offered, viewings, and recording another.
        await visit(
          'cases-rentals',
          '/cases?tab=all&kind=RENTAL&q=%E5%A7%94%E6%89%98%E5%87%BA%E7%A7%9F',
          '[data-testid="case-row"]',
        );
        await page.getByTestId('case-row').first().click();
        await settle(page, '[data-testid="rental-details"]');
        await shot('case-rental', true);
        await page.getByTestId('rental-edit').click();
        await settle(page, '[data-testid="rental-edit-form"]');
        await choose(page, 'rental-outcome-select', en ? 'Let' : '已出租');
        await shot('case-rental-edit');
        await page.locator('.ant-modal-close').click();
        await signOut(page);

        // Meetings: customer service's work meetings, their tasks (one late), the forms.
        await signIn(page, server.url, 'cs');
        await visit('meetings', '/meetings', '[data-testid="meeting-row"]');
        await page.getByTestId('meeting-schedule-button').click();
        await settle(page, '[data-testid="meeting-schedule-form"]');
        await shot('meeting-schedule');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await page.locator('[data-testid="meeting-row"]:has([data-testid="meeting-overdue-badge"])').first().click();
        await settle(page, '[data-testid="meeting-page"] [data-testid="action-item"]');
        await shot('meeting-detail', true);
        await page.getByTestId('meeting-action-addActionItem').click();
        await settle(page, '[data-testid="meeting-action-item-form"]');
        await shot('meeting-action-item');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await page.goto(`${server.url}/meetings?status=PLANNED&kind=CS_WORK_MEETING`);
        await settle(page, '[data-testid="meeting-row"]');
        await page.locator('[data-testid="meeting-row"]').first().click();
        await settle(page, '[data-testid="meeting-page"][data-status="PLANNED"]');
        await page.getByTestId('meeting-action-recordMinutes').click();
        await settle(page, '[data-testid="meeting-minutes-form"]');
        await shot('meeting-minutes');
        await page.keyboard.press('Escape');
        await signOut(page);

        // The shift leader: the shift meeting reported to the director.
        await signIn(page, server.url, 'leader');
        await page.goto(`${server.url}/meetings?status=REPORTED`);
        await settle(page, '[data-testid="meeting-row"]');
        await page.locator('[data-testid="meeting-row"]').first().click();
        await settle(page, '[data-testid="meeting-reported-to"]');
        await shot('meeting-reported', true);
        await signOut(page);

        // The company manager: the service levels, editable.
        await signIn(page, server.url, 'manager');
        await visit('sla', '/settings/service-levels', '[data-testid="sla-table"]', true);
        const edit = page.locator('[data-testid^="sla-edit-"]').first();
        await edit.click();
        await settle(page, '[data-testid="sla-edit-form"]');
        await shot('sla-edit');
        await page.keyboard.press('Escape');
        await visit('reception-manager', '/reception', '[data-testid="visit-row"]');
        // Giving a task.
        await visit('task-new', '/cases/new-task', '[data-testid="task-form"]');
        await choose(page, 'task-department', en ? 'Customer Service Department' : '客户服务部');
        await choose(page, 'task-assignee', en ? '李晓梅 · Customer Service Officer' : '李晓梅 · 客户服务专员');
        await page.getByTestId('task-title').fill(en ? 'Compile this month’s complaints' : '整理本月投诉台账');
        await page
          .getByTestId('task-description')
          .fill(en ? 'By building and category, by Friday.' : '按楼栋、类别汇总，周五前交。');
        await shot('task-new-filled', true);
        await page.getByTestId('task-submit').click();
        await settle(page, '[data-testid="task-details"]');
        await shot('case-task', true);
        await signOut(page);

        // Notices: customer service drafts one, the manager issues it, an officer acknowledges it.
        await signIn(page, server.url, 'cs');
        await visit('notices-cs', '/notices', '[data-testid="notice-card"]');
        await visit('notice-new', '/notices/new', '[data-testid="notice-form"]');
        await page.getByTestId('notice-title').fill(en ? 'Lobby floor waxing, building 2' : '2栋大堂地面打蜡告示');
        await page
          .getByTestId('notice-body')
          .fill(
            en
              ? 'The lobby floor of building 2 will be waxed on Saturday, 20:00–23:00. Please use the side door.'
              : '本周六 20:00—23:00 对2栋一楼大堂地面进行打蜡养护，期间请从侧门进出，注意防滑。',
          );
        await page
          .getByTestId('notice-kind')
          .getByText(en ? 'Announcement' : '告示')
          .click();
        await page
          .getByTestId('notice-audience')
          .getByText(en ? 'A building' : '某栋楼')
          .click();
        await choose(page, 'notice-site', en ? 'Emerald Lake Gardens' : '翠湖花园');
        await choose(page, 'notice-building', '2栋');
        await page.getByTestId('notice-posted-at').fill(en ? 'Lobby and lifts of building 2' : '2栋一楼大堂、电梯轿厢');
        await page.getByTestId('notice-requires-acknowledgement').click();
        await choose(page, 'notice-departments', en ? 'Order Maintenance Department' : '秩序维护部', {
          multiple: true,
        });
        await page.getByTestId('notice-title').click();
        await shot('notice-new-filled', true);
        await page.getByTestId('notice-submit').click();
        await page.waitForURL(/\/notices\/(?!new$)[^/]+$/);
        await settle(page, '[data-testid="notice-page"][data-status="DRAFT"]');
        const noticePath = new URL(page.url()).pathname;
        await shot('notice-draft', true);
        await signOut(page);

        await signIn(page, server.url, 'manager', { next: noticePath });
        await settle(page, '[data-testid="action-issue"]');
        await page.getByTestId('action-issue').click();
        await settle(page, '[data-testid="issue-confirm"]');
        await shot('notice-issue');
        await page.getByTestId('issue-confirm').click();
        await settle(page, '[data-testid="notice-page"][data-status="ISSUED"]');
        await signOut(page);

        await signIn(page, server.url, 'officer', { next: '/notices' });
        await settle(page, '[data-testid="notice-to-acknowledge"]');
        await shot('notices-officer', true);
        await page.goto(`${server.url}${noticePath}`);
        await settle(page, '[data-testid="acknowledge-notice"]');
        await shot('notice-to-acknowledge', true);
        await page.getByTestId('acknowledge-notice').click();
        await settle(page, '[data-testid="acknowledged"]');
        await signOut(page);

        await signIn(page, server.url, 'manager', { next: noticePath });
        await settle(page, '[data-testid="acknowledgement-list"]');
        await shot('notice-progress', true);
        await visit('notices-drafts', '/notices?tab=drafts', '[data-testid="notice-card"]');
        await signOut(page);

        // Duty logs and handovers: the director's review, the week's handovers, a disputed one on paper.
        await signIn(page, server.url, 'director');
        await visit('duty-logs', '/duty-logs', '[data-testid="duty-log-row"]', true);
        await page.locator('[data-testid="duty-log-row"]').first().click();
        await settle(page, '[data-testid="duty-log-page"]');
        await shot('duty-log', true);
        await visit('duty-logs-handovers', '/duty-logs?tab=handovers', '[data-testid="handover-row"]', true);
        await page.locator('[data-testid="handover-row"]').first().click();
        await settle(page, '[data-testid="handover-summary"]');
        await shot('handover-summary', true);
        const handedOver = new URL(page.url()).pathname;
        await visit('handover-print', `${handedOver}/handover/print`, '[data-testid="handover-sheet"]', true);
        await visit('duty-logs-materials', '/duty-logs?tab=materials', '[data-testid="material"]', true);
        await signOut(page);

        // The leader of the shift running now: its log and the handover wizard.
        const running = await runningShift();
        if (running) {
          await signIn(page, server.url, running.leader, { next: `/shifts/${running.id}?tab=log` });
          await settle(page, '[data-testid="duty-log-form"]');
          await page
            .getByTestId('duty-log-text')
            .fill(en ? 'East gate barrier sticks; reported.' : '东门道闸抬杆卡顿，已报工程部。');
          await page.getByTestId('duty-log-add').click();
          await settle(page, '[data-testid="duty-log-entry"]');
          await shot('shift-duty-log', true);
          await page.goto(`${server.url}/shifts/${running.id}?tab=handover`);
          await settle(page, '[data-testid="handover-wizard"]');
          await shot('handover-wizard', true);
          await page.getByTestId('handover-next').click();
          await page.locator('[data-testid="handover-count"]').first().fill('5');
          await page.waitForTimeout(300);
          await shot('handover-wizard-materials', true);
          await signOut(page);
        }

        // Customer service writes the department's log of the day.
        await signIn(page, server.url, 'cs', { next: '/duty-logs' });
        await settle(page, '[data-testid="todays-log"]');
        await shot('duty-logs-cs', true);
        await signOut(page);
        // The pre-shift meeting and attendance: the latest CUIHU shift the demo played, as its leader.
        const director = await apiAs('director');
        const latestOnDuty = (await director.gql(
          `query($f: ShiftFilter) { shifts(filter: $f, last: 1) { nodes { id leader { username }
             members { role staff { username } } } } }`,
          { f: { siteCode: 'CUIHU', statuses: ['ON_DUTY'] } },
        )) as unknown as {
          shifts: {
            nodes: {
              id: string;
              leader: { username: string };
              members: { role: string; staff: { username: string } }[];
            }[];
          };
        };
        await director.dispose();
        const latest = latestOnDuty.shifts.nodes[0];
        if (latest) {
          await signIn(page, server.url, latest.leader.username, { next: `/shifts/${latest.id}?tab=briefing` });
          await settle(page, '[data-testid="briefing-panel"]');
          await shot('shift-briefing', true);
          await page.getByTestId('record-discipline').click();
          await settle(page, '[data-testid="record-discipline-form"]');
          await shot('shift-record-discipline');
          await page.keyboard.press('Escape');
          await signOut(page);
          const officer = latest.members.find((m) => m.role === 'OFFICER')?.staff.username;
          if (officer) {
            await signIn(page, server.url, officer, { next: '/my-shift' });
            await settle(page, '[data-testid="my-shift"], [data-testid="no-current-shift"]');
            await shot('my-shift-officer', true);
            await signOut(page);
          }
        }
        await signIn(page, server.url, 'director', { next: '/discipline' });
        await settle(page, '[data-testid="discipline-record"]');
        await shot('discipline-director', true);
        await page.getByTestId('discipline-correct').first().click();
        await settle(page, '[data-testid="discipline-step-form"]');
        await shot('discipline-correct');
        await page.keyboard.press('Escape');
        await visit('discipline-attendance', '/discipline?tab=attendance', '[data-testid="attendance-row"]', true);

        // Rosters: the director's calendar, overview, swaps, leave, set-up and tools; the leader
        // deciding a swap; an officer's own roster and a swap request.
        await signIn(page, server.url, 'director');
        await visit('roster-week', '/shifts', '[data-testid="roster-shift"]', true);
        await visit('roster-month', '/shifts?view=month', '[data-testid="roster-shift"]', true);
        await visit('roster-person-week', '/shifts?by=person', '[data-testid$="shift"][data-date]', true);
        await visit('roster-person-month', '/shifts?view=month&by=person', '[data-testid$="shift"][data-date]', true);
        await visit('shifts-overview', '/shifts/overview', '[data-testid="overview-shift"]', true);
        await visit('shift-swaps-director', '/shifts/swaps', '[data-testid="swap-card"]', true);
        await visit('staff-leave', '/shifts/leave', '[data-testid="leave-card"]', true);
        await visit('roster-setup', '/shifts/setup', '.ant-table-row', true);
        await page.goto(`${server.url}/shifts`);
        await settle(page, '[data-testid="roster-shift-edit"]');
        await page.getByTestId('roster-shift-edit').first().click();
        await settle(page, '[data-testid="edit-shift-member"]');
        await shot('roster-edit');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await page.getByTestId('roster-generate').click();
        await settle(page, '[data-testid="generate-roster-form"]');
        await choose(page, 'generate-team', en ? 'Emerald Lake Gardens · 一班（刘强）' : '翠湖花园 · 一班（刘强）');
        await settle(page, '[data-testid="generate-preview-day"]');
        await shot('roster-generate');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await page.getByTestId('roster-record-leave').click();
        await settle(page, '[data-testid="record-leave-form"]');
        await shot('roster-record-leave');
        await page.keyboard.press('Escape');
        await signOut(page);

        await signIn(page, server.url, 'leader');
        await visit('shift-swaps-leader', '/shifts/swaps', '[data-testid="swap-card"]', true);
        await page.getByTestId('swap-approve').first().click();
        await settle(page, '[data-testid="swap-approve-form"]');
        await shot('shift-swap-approve');
        await page.keyboard.press('Escape');
        await visit('roster-leader', '/shifts', '[data-testid="roster-shift"]', true);
        await signOut(page);

        await signIn(page, server.url, 'officer');
        await visit('roster-officer', '/shifts', '[data-testid$="shift"][data-date]', true);
        await page.getByTestId('roster-request-swap').click();
        await settle(page, '[data-testid="request-swap-form"]');
        await page.getByTestId('swap-my-shift').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(1).click();
        await page.waitForTimeout(300);
        await page.getByTestId('swap-colleague').click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-disabled)')
          .first()
          .click();
        await page.waitForTimeout(300);
        await shot('shift-swap-request');
        await page.keyboard.press('Escape');
        await visit('shift-swaps-officer', '/shifts/swaps', '[data-testid="swap-card"]', true);
        await signOut(page);
      } finally {
        await browser.close();
      }
    }
  }
  // The wall screen at its own sizes (1920×1080, 1366×768).
  if (!ONLY || [...ONLY].some((name) => name.startsWith('board'))) await shootBoard(server);
} finally {
  await server.stop();
}
