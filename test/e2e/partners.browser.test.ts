import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmPopover, dropdownsClosed, launchBrowser, signIn } from '../support/browser.js';
import { system } from '../support/graphql.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The partner's system calling the gateway with its key and the registered query's hash. */
const partnerCall = async (apiKey: string, document: string) =>
  (
    await fetch(system().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ variables: { first: 3 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } } }),
    })
  ).status;

describe('合作部门接入 in the admin client', () => {
  it('the office issues a key, registers the partner’s query, sees its calls and revokes it', async () => {
    const document = await readFile('examples/partner-units.graphql', 'utf8');
    await signIn(page, system().adminUrl, 'admin');
    await page.getByRole('menuitem', { name: '合作部门接入' }).click();
    await page.waitForURL(/\/partners$/);

    await page.getByRole('button', { name: '签发接入密钥' }).click();
    const issue = page.getByRole('dialog', { name: '签发接入密钥' });
    await issue.getByLabel('接入系统名称').fill('浏览器测试系统');
    // The unit picker, the dialog's only select: typing searches the registry.
    await issue.locator('.ant-select').click();
    await page.keyboard.type('区民政局');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '区民政局' }).first().click();
    await dropdownsClosed(page);
    await issue.getByRole('button', { name: /签\s*发/ }).click();

    const key = page.getByTestId('partner-api-key');
    await key.waitFor();
    const apiKey = (await key.textContent())!.trim();
    expect(apiKey).toMatch(/^rhk_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: '我已妥善保存' }).click();

    const row = page.locator('.ant-table-tbody tr', { hasText: '浏览器测试系统' });
    await row.waitFor();
    expect(await row.textContent()).toContain(apiKey.slice(0, 12));
    expect(await row.textContent()).toContain('启用');
    // Not registered yet: refused.
    expect(await partnerCall(apiKey, document)).toBe(400);

    await row.getByRole('button', { name: '查询与用量' }).click();
    const drawer = page.locator('.ant-drawer-section');
    await page.screenshot({ path: 'test-results/admin-partners-drawer.png' });
    await drawer.getByLabel('查询文本').fill(document);
    await drawer.getByRole('button', { name: /登\s*记/ }).click();
    await drawer.getByText(sha256(document)).waitFor();
    expect(await drawer.textContent()).toContain('PartnerUnits');

    await expect.poll(() => partnerCall(apiKey, document), { timeout: 30_000 }).toBe(200);
    // Usage is written in batches: reopen the drawer until the call shows.
    await expect
      .poll(
        async () => {
          await page.locator('.ant-drawer-close').click();
          await row.getByRole('button', { name: '查询与用量' }).click();
          return drawer.getByTestId('partner-usage').locator('.ant-table-tbody tr', { hasText: 'PartnerUnits' }).textContent();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toMatch(/^\d{4}-\d{2}-\d{2}PartnerUnits10\d+\d+$/);
    await page.screenshot({ path: 'test-results/admin-partners.png' });
    await page.locator('.ant-drawer-close').click();

    await row.getByRole('button', { name: /停\s*用/ }).click();
    // What the office is told before it confirms.
    await page.locator('.ant-popconfirm', { hasText: '停用后该密钥一分钟内失效' }).waitFor();
    await confirmPopover(page, row.getByRole('button', { name: /停\s*用/ }), /停\s*用/, async () =>
      ((await row.textContent()) ?? '').includes('已停用'),
    );
    await expect.poll(() => partnerCall(apiKey, document), { timeout: 30_000, interval: 500 }).toBe(401);
  });
});
