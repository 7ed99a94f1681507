import type { Page } from 'playwright-core';

/** The demo organisation's shared password (development only; see apps/api demo data). */
export const DEMO_PASSWORD = 'Steward2026';

/** Signs in through the sign-in page, as a person would, and waits to leave it. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  options: { password?: string; next?: string } = {},
): Promise<void> {
  const next = options.next ? `?next=${encodeURIComponent(options.next)}` : '';
  await page.goto(`${baseUrl}/login${next}`);
  await fillSignIn(page, username, options.password ?? DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Fills in and sends the sign-in form already on screen. */
export async function fillSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs out through the user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  // The menu slides in: aim at it once it has come to rest, or the click can land where it was.
  await page
    .locator('.ant-dropdown:not([class*="-enter"]):not([class*="-appear"])')
    .filter({ has: page.getByTestId('sign-out') })
    .waitFor();
  await page.getByTestId('sign-out').click();
  await page.waitForURL((url) => url.pathname === '/login');
}
