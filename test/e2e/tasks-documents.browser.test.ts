import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmPopover, launchBrowser, pickDate, signIn } from '../support/browser.js';
import { gateway, login, system } from '../support/graphql.js';

// The office registers next year's plan (its text that of the seed notice), creates its eight main
// tasks from the text, and finally sets it expired, so the plan in force stays the demo one for the
// other test files.
const year = new Date().getFullYear() + 1;
const DOCUMENT_NUMBER = `管政办〔${year}〕3号`;
const TITLE = `${year}年推进流动人口融合工作实施方案`;

let browser: Browser;
let page: Page;
let noticeText: string;
beforeAll(async () => {
  const { data, errors } = await gateway(`{ policyDocuments(first: 50) { nodes { documentNumber fullText } } }`, {}, await login('admin'));
  expect(errors).toBeUndefined();
  noticeText = data.policyDocuments.nodes.find((d: { documentNumber: string }) => d.documentNumber === '管政办〔2014〕1号').fullText;
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  await signIn(page, system().adminUrl, 'admin');
  await page.getByTestId('account-name').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('the office turns a registered plan into tasks in the admin client', () => {
  it('registers the document, previews the tasks and units read from its text, and creates them', async () => {
    await page.goto(`${system().adminUrl.replace(/\/$/, '')}/tasks/documents`);
    await page.getByRole('button', { name: '登记文件' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('标题').fill(TITLE);
    await form.getByLabel('索引号').fill(`005275134/${year}-00003`);
    await form.getByLabel('主题分类').fill('流动人口');
    await form.getByLabel('文号').fill(DOCUMENT_NUMBER);
    await pickDate(form, '成文日期', `${year}-01-05`);
    await pickDate(form, '发布日期', `${year}-01-08`);
    await form.getByLabel('正文').fill(noticeText);
    await form.getByRole('button', { name: /^登\s*记$/ }).click();
    await form.waitFor({ state: 'hidden' });

    // The document page: no tasks yet, and the office may create them from the text.
    await expect.poll(() => page.locator('.ant-card-head-title').first().textContent()).toBe(`${DOCUMENT_NUMBER} ${TITLE}`);
    expect(await page.getByTestId('document-tasks').textContent()).toContain('尚未建立任务');
    await page.getByRole('button', { name: '按全文建立任务' }).click();

    const dialog = page.getByRole('dialog');
    const rows = dialog.locator('tr[data-draft-code]');
    await expect.poll(() => rows.count()).toBe(8);
    expect(await rows.first().textContent()).toContain('实现基本公共教育均等化,使流动人口子女融入学校');
    // 各乡镇、街道办事处 is every township and sub-district of the registry; named units are matched by name.
    const units = await dialog.getByTestId('draft-units-一').textContent();
    expect(units).toMatch(/各乡镇、街道办事处（\d+ 个）/);
    expect(units).toContain('区教育体育局');
    expect(units).not.toContain('名录中未找到');
    expect(await dialog.getByLabel('任务(八)的领域').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toBe(
      '公共文化体育',
    );
    await page.screenshot({ path: 'test-results/admin-plan-from-document.png', fullPage: true });

    await dialog.getByRole('button', { name: '建立任务' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const tasks = page.getByTestId('document-tasks').locator('tbody tr');
    await expect.poll(() => tasks.count()).toBe(8);
    expect(await page.getByRole('button', { name: '按全文建立任务' }).count()).toBe(0);

    // The API agrees: eight tasks, each with the units its text lists and no lead yet.
    const { data, errors } = await gateway(
      `{ policyDocuments(first: 50) { nodes { id documentNumber taskCount } } }`,
      {},
      await login('admin'),
    );
    expect(errors).toBeUndefined();
    const document = data.policyDocuments.nodes.find((d: { documentNumber: string }) => d.documentNumber === DOCUMENT_NUMBER);
    expect(document.taskCount).toBe(8);
    const tree = await gateway(
      `query ($id: ID!) { tasks(documentId: $id, first: 10) { nodes { code assignments(first: 50) { nodes { role organization { name } } } } } }`,
      { id: document.id },
      await login('admin'),
    );
    const seventh = tree.data.tasks.nodes.find((t: { code: string }) => t.code === '七');
    expect(seventh.assignments.nodes.map((a: { organization: { name: string } }) => a.organization.name)).toContain(
      '区人口和计划生育委员会',
    );
    expect(
      tree.data.tasks.nodes.flatMap((t: { assignments: { nodes: { role: string }[] } }) => t.assignments.nodes.map((a) => a.role)),
    ).not.toContain('LEAD');

    // Set expired again: the demo work plan stays the one in force.
    await confirmPopover(
      page,
      page.getByRole('button', { name: '设为失效' }),
      /确\s*定|OK/,
      async () => (await page.getByTestId('expired-notice').count()) === 1,
    );
  });
});
