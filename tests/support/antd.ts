import type { Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select by its visible text, then waits for the dropdown to
 * go (under load a click can land while it is still opening; the next click must not hit it).
 * A multiple select stays open for more choices: `multiple` closes it with Escape.
 */
export async function choose(page: Page, testId: string, option: string, opts: { multiple?: boolean } = {}) {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  if (opts.multiple) await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden', timeout: 10_000 });
}
