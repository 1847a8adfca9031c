import { readFile } from 'node:fs/promises';
import { readSheet } from '@ronghe/kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { system } from '../support/graphql.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  await signIn(page, system().adminUrl, 'admin');
  await page.getByTestId('account-name').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

// Row 3's credit code has a wrong check character.
const CSV = [
  '单位名称,单位类型,上级单位,统一社会信用代码',
  '南曹乡惠民家政服务中心,服务管理机构,南曹乡,',
  '南曹乡错误代码公司,用工单位,南曹乡,91410104MA9F3K2L8D',
].join('\n');

describe('the registry in the admin client', () => {
  it('imports a file with one bad row and shows the error report', async () => {
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByText('仅导入正确的行').click();
    await page.locator('input[type=file]').setInputFiles({ name: '单位.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: /开始导入/ }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('已导入正确的行,1 行有错误未导入');
    const row = report.locator('.ant-table-tbody tr');
    expect(await row.locator('td').allTextContents()).toEqual([
      '3',
      '统一社会信用代码',
      '统一社会信用代码「91410104MA9F3K2L8D」校验不通过',
    ]);
    await page.screenshot({ path: 'test-results/admin-import.png' });
  });

  it('opens the imported unit from the list, with its place in the tree', async () => {
    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.getByPlaceholder('按名称或简称查找').fill('惠民家政');
    await page.getByPlaceholder('按名称或简称查找').press('Enter');
    await page.getByRole('link', { name: '南曹乡惠民家政服务中心' }).click();
    await page.getByText('承担的任务').waitFor();
    expect(await page.locator('.ant-breadcrumb').textContent()).toContain('南曹乡');
  });

  it('shows migrant workers masked, and the full record only on request', async () => {
    await page.getByRole('menuitem', { name: '外来务工人员' }).click();
    const firstRow = page.locator('.ant-table-tbody tr').first();
    await firstRow.waitFor();
    const masked = (await firstRow.locator('td').nth(2).textContent()) ?? '';
    expect(masked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    await firstRow.getByRole('button', { name: '查看完整信息' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('本次查看已记入审计日志').waitFor();
    const full = (await dialog.locator('.ant-descriptions-item-content').first().textContent()) ?? '';
    expect(full).toMatch(/^\d{17}[\dX]$/);
    expect(full.slice(0, 4) + full.slice(-4)).toBe(masked.slice(0, 4) + masked.slice(-4));
    await page.keyboard.press('Escape');
  });

  it('exports the migrant workers as a job with progress, and downloads its file from the panel', async () => {
    await page.getByRole('menuitem', { name: '外来务工人员' }).click();
    // The shared system runs an export of more than 100 rows as a job (EXPORT_JOB_ROWS).
    await page.getByRole('button', { name: '导出 Excel(脱敏)' }).click();
    const panel = page.getByTestId('job-progress');
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('SUCCEEDED');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: /外来务工人员名录.*\.xlsx/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^外来务工人员名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await readSheet(download.suggestedFilename(), await readFile((await download.path())!));
    expect(file.headers).toContain('身份证号');
    expect(file.rows.length).toBeGreaterThan(100);
    expect(file.rows[0]!.values['身份证号']).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  });
});
