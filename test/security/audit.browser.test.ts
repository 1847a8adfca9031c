import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, dropdownsClosed, launchBrowser, signIn } from '../support/browser.js';
import { gatewayData, login, system } from '../support/graphql.js';

let browser: Browser;
let page: Page;
let operator: { displayName: string; organization: { name: string } };
beforeAll(async () => {
  // The unit's operator signs in just before the office opens the audit view.
  operator = (await gatewayData('{ me { displayName organization { name } } }', {}, await login('operator'))).me;
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

// A busy machine answers slowly; never depend on speed.
const SLOW = { timeout: 30_000, interval: 250 };
const rows = () => page.locator('.ant-table-tbody tr.ant-table-row').allTextContents();

describe('the audit view in the admin client', () => {
  it('shows who did what by name and unit, newest first, and filters by person and act', async () => {
    await signIn(page, system().adminUrl, 'admin');
    await page.getByTestId('account-name').waitFor();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(/\/audit$/);
    await page.locator('.ant-table-tbody tr.ant-table-row, .ant-alert').first().waitFor();
    expect(await page.locator('.ant-alert').allTextContents()).toEqual([]);
    // The office's own sign-in is the newest act, shown with the person's name and unit.
    await expect.poll(async () => (await rows())[0] ?? '', SLOW).toContain('登录');
    const newest = (await rows())[0]!;
    expect(newest).toContain('活动办公室管理员');
    expect(newest).not.toMatch(/\badmin\b/);
    expect(await page.getByTestId('total').textContent()).toMatch(/共 \d+ 条/);
    await page.screenshot({ path: 'test-results/audit-view.png' });

    await page.getByTestId('audit-actor').click();
    await page.keyboard.type(operator.displayName);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: `${operator.displayName}(${operator.organization.name})`,
      })
      .first()
      .click();
    await dropdownsClosed(page);
    await expect
      .poll(async () => (await rows()).every((r) => r.includes(operator.displayName) && !r.includes('活动办公室管理员')), SLOW)
      .toBe(true);
    expect((await rows()).length).toBeGreaterThan(0);
    expect((await rows())[0]).toContain(operator.organization.name);

    await choose(page, 'audit-actions', '登录');
    await expect.poll(async () => (await rows()).length > 0 && (await rows()).every((r) => r.includes('登录')), SLOW).toBe(true);
    await page.screenshot({ path: 'test-results/audit-view-filtered.png' });
  });
});
