import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, launchBrowser, signedInPage } from '../support/browser.js';
import { type RunningTestSystem, startTestSystem } from '../support/test-system.js';

// A system of its own, as a fresh `npm start` leaves it: the shared one carries other files' years,
// which would hide whether the demo data alone gives each account its work.
let system: RunningTestSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startTestSystem({}, { timeoutMs: 300_000 });
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

// Signing in and loading a page each took up to a minute on a loaded 2-core machine.
const PAGE_TIMEOUT = 240_000;

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Signs in as a demo account and waits to land on its home page. */
async function landOn(username: string, home: string): Promise<Page> {
  const page = await signedInPage(browser, system.adminUrl, username);
  await expect.poll(() => pathOf(page), { timeout: 15_000 }).toBe(home);
  return page;
}

// One test per account of the README's table (admin, operator, evaluator, approver-hrss, approver-hfpc, partner).
describe('every demo account has its part of the demo year on a fresh start', () => {
  it(
    'the office lands on the dashboard of the district’s tasks',
    async () => {
      const page = await landOn('admin', '/tasks/dashboard');
      await page.getByTestId('totals').waitFor();
      await expect.poll(() => page.getByTestId('totals').textContent()).toMatch(/分工总数\s*[1-9]/);
      await keepScreenshot(page, 'demo-admin');
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  it(
    'the operator lands on its tasks to report, and has a nomination of next year’s call to complete',
    async () => {
      const page = await landOn('operator', '/tasks/mine');
      const assignments = page.getByTestId('assignments');
      await assignments.getByRole('button', { name: '报告进展' }).first().waitFor();
      expect(await assignments.getByRole('button', { name: '报告进展' }).count()).toBeGreaterThan(0);
      await keepScreenshot(page, 'demo-operator');

      await page.getByRole('menuitem', { name: '推荐列表' }).click();
      const row = page.locator('.ant-table-tbody tr', { hasText: '十八里河社区' });
      await row.waitFor();
      expect(await row.textContent()).toContain('草稿');
      await row.getByRole('button', { name: /^修\s*改$/ }).waitFor();
      expect(await row.getByRole('button', { name: /^上\s*报$/ }).count()).toBe(1);
      await keepScreenshot(page, 'demo-operator-nominations');
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  it(
    'the evaluator lands on nominations assigned and not yet scored',
    async () => {
      const page = await landOn('evaluator', '/scoring');
      await expect
        .poll(() => page.getByTestId('pending-reminder').textContent(), { timeout: 15_000 })
        .toMatch(/还有 [1-9]\d* 个推荐未提交评分/);
      expect(await page.getByTestId('review-select').textContent()).toContain('评分中');
      await page.getByText('郑州华商汇市场').first().waitFor();
      await keepScreenshot(page, 'demo-evaluator');
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  for (const username of ['approver-hrss', 'approver-hfpc']) {
    it(
      `${username} lands on a ranked list version to approve`,
      async () => {
        const page = await landOn(username, '/evaluation');
        await expect.poll(() => page.getByTestId('review-status').textContent(), { timeout: 15_000 }).toBe('已排名');
        await page.getByRole('button', { name: /审批通过本版名单/ }).waitFor();
        await page.getByText('十八里河镇').first().waitFor();
        await keepScreenshot(page, `demo-${username}`);
        await page.close();
      },
      PAGE_TIMEOUT,
    );
  }

  it(
    'the partner department lands on the district’s dashboard, to read, with nothing to change',
    async () => {
      const page = await landOn('partner', '/tasks/dashboard');
      await expect.poll(() => page.getByTestId('totals').textContent(), { timeout: 15_000 }).toMatch(/分工总数\s*[1-9]/);
      await page.getByRole('menuitem', { name: '单位名录' }).click();
      await page.locator('.ant-table-tbody').getByText('区民政局', { exact: true }).waitFor();
      for (const menu of ['新建推荐', '评审设置', '数据导入'])
        expect(await page.getByRole('menuitem', { name: menu }).count(), menu).toBe(0);
      await keepScreenshot(page, 'demo-partner');
      await page.close();
    },
    PAGE_TIMEOUT,
  );
});
