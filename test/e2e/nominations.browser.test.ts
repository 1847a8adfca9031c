import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, dropdownsClosed, launchBrowser, signIn } from '../support/browser.js';
import { openCycleNow } from '../support/cycle.js';
import { gateway, login, system } from '../support/graphql.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  await openCycleNow(await login('admin'), 2032);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  await signIn(page, system().adminUrl, 'operator');
  await page.getByTestId('account-name').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const DEEDS = '十八里河社区建立一站式公共服务大厅,流动人口计划生育服务登记建档率达到100%,组织技能培训12期。';

describe('a township nominates in the admin client', () => {
  it('is told in plain words when the nominee does not fit the category, then submits a fitting one', async () => {
    await page.getByRole('menuitem', { name: '新建推荐' }).click();
    await choose(page, 'cycle-select', '2032 年度');
    await choose(page, 'category-select', '社区(都市村庄)');
    await page.getByTestId('nominee-picker').click();
    // The picker offers only communities within the township.
    await expect
      .poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').allTextContents())
      .toEqual(['十八里河社区(十八里河镇)']);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dropdownsClosed(page);
    // Changing the category keeps the chosen nominee: the server refuses it, and says why.
    await choose(page, 'category-select', '用工单位');
    await page.getByLabel('事迹材料').fill(DEEDS);
    await page.getByRole('button', { name: /保存并上报/ }).click();
    await expect
      .poll(() => page.getByTestId('form-error').textContent())
      .toBe('「十八里河社区」是社区(都市村庄),不能作为「用工单位」类典型推荐');

    await choose(page, 'nominee-picker', '郑州宇通物流有限公司');
    await page.getByRole('button', { name: /保存并上报/ }).click();
    await page.waitForURL(/\/nominations$/);
    await page.locator('.ant-table-tbody tr').first().waitFor();
    await page.screenshot({ path: 'test-results/admin-nominations.png' });

    const { data } = await gateway(
      `{ nominations(first: 50, status: SUBMITTED) { nodes { cycle { year } category nominee { ... on Organization { name } } } } }`,
      {},
      await login('operator'),
    );
    expect(data.nominations.nodes).toContainEqual({
      cycle: { year: 2032 },
      category: 'EMPLOYER',
      nominee: { name: '郑州宇通物流有限公司' },
    });
  });
});

describe('the office nominating for a community', () => {
  it('is offered only nominees within that community, as the server will accept', async () => {
    const office = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    await signIn(office, system().adminUrl, 'admin');
    await office.getByTestId('account-name').waitFor();
    await office.getByRole('menuitem', { name: '新建推荐' }).click();
    await choose(office, 'cycle-select', '2032 年度');
    await office.locator('.ant-form-item', { hasText: '推荐单位' }).locator('.ant-select').click();
    await office.keyboard.type('十八里河社区');
    await office.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '十八里河社区' }).first().click();
    await dropdownsClosed(office);
    await choose(office, 'category-select', '社区(都市村庄)');
    await office.getByTestId('nominee-picker').click();
    await expect
      .poll(() => office.locator('.ant-select-dropdown:visible .ant-select-item-option').allTextContents())
      .toEqual(['十八里河社区(十八里河镇)']);
    await office.close();
  });
});
