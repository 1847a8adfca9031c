import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropdownsClosed, launchBrowser, signIn } from '../support/browser.js';
import { gateway, login, system } from '../support/graphql.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('admin client in a real browser', () => {
  it('tells a user who mistyped the password, in Chinese', async () => {
    await signIn(page, system().adminUrl, 'admin', 'wrong-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
  });

  it('signs in and lists the units of the registry, page by page and by kind', async () => {
    await signIn(page, system().adminUrl, 'admin');
    await page.getByTestId('account-name').waitFor();
    expect(await page.getByTestId('account-name').textContent()).toBe('活动办公室管理员');
    // The office starts on its dashboard; the registry is one click away.
    await page.getByRole('menuitem', { name: '单位名录' }).click();
    const table = page.locator('.ant-table-tbody');
    await table.getByText('区人力资源和社会保障局', { exact: true }).waitFor();
    expect(await page.getByTestId('total').textContent()).toMatch(/共 \d+ 个单位/);

    const firstPage = await table.locator('tr td:first-child').allTextContents();
    await page.getByRole('button', { name: /下一页/ }).click();
    await expect.poll(() => page.getByText('第 2 页').count()).toBe(1);
    await expect.poll(async () => (await table.locator('tr td:first-child').allTextContents())[0]).not.toBe(firstPage[0]);
    await page.getByRole('button', { name: /上一页/ }).click();
    await expect.poll(async () => table.locator('tr td:first-child').allTextContents()).toEqual(firstPage);

    const search = page.getByPlaceholder('按名称或简称查找');
    await search.fill('人力资源');
    await search.press('Enter');
    await expect.poll(async () => table.locator('tr td:first-child').allTextContents()).toEqual(['区人力资源和社会保障局']);
    await search.fill('');
    await search.press('Enter');

    await page.getByTestId('kind-filter').click();
    await page.locator('.ant-select-item-option').getByText('乡镇', { exact: true }).click();
    await dropdownsClosed(page);
    await expect
      .poll(async () => (await table.locator('tr td:first-child').allTextContents()).sort())
      .toEqual(['十八里河镇', '南曹乡'].sort());
    expect(await page.getByTestId('total').textContent()).toBe('共 2 个单位');
    expect(await page.getByRole('button', { name: /下一页/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/admin-organizations.png' });
  });

  it('opens task supervision from the menu', async () => {
    await page.getByRole('menuitem', { name: '督导看板' }).click();
    await page.waitForURL(/\/tasks\/dashboard$/);
    await page.getByTestId('totals').waitFor();
  });

  it('refreshes an access token the gateway refuses and keeps the user signed in', async () => {
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('ronghe.session')!));
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('ronghe.session')!);
      localStorage.setItem('ronghe.session', JSON.stringify({ ...session, accessToken: 'revoked' }));
    });
    await page.reload();
    await page.getByTestId('account-name').waitFor();
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('ronghe.session')!));
    expect(after.accessToken).not.toBe('revoked');
    expect(after.refreshToken).not.toBe(before.refreshToken);
  });

  it('sends a user whose session the gateway no longer accepts back to the login page', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('ronghe.session')!);
      localStorage.setItem('ronghe.session', JSON.stringify({ ...session, accessToken: 'revoked', refreshToken: 'revoked' }));
    });
    await page.reload();
    await page.getByLabel('用户名').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ronghe.session'))).toBeNull();
    await signIn(page, system().adminUrl, 'admin');
    await page.getByTestId('account-name').waitFor();
  });

  it('signs out back to the login page, ending the session on the server too', async () => {
    // An account of its own: signing out ends all of an account's sessions, and other files use admin's.
    const admin = await login('admin');
    const { data } = await gateway(`{ organizations(search: "南曹乡") { nodes { id } } }`, {}, admin);
    const input = {
      username: 'browser.signout',
      displayName: '退出测试',
      organizationId: data.organizations.nodes[0].id,
      roles: ['PARTNER_READONLY'],
      password: 'Start2026ab',
    };
    expect(
      (await gateway(`mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, { input }, admin)).errors,
    ).toBeUndefined();
    const first = await login('browser.signout', 'Start2026ab');
    const changed = await gateway(`mutation { changePassword(oldPassword: "Start2026ab", newPassword: "Ronghe2026ok") { id } }`, {}, first);
    expect(changed.errors).toBeUndefined();

    await page.evaluate(() => localStorage.removeItem('ronghe.session')); // the admin of the tests before, left as it is
    await signIn(page, system().adminUrl, 'browser.signout', 'Ronghe2026ok');
    await page.getByTestId('account-name').waitFor();
    const { accessToken } = await page.evaluate(() => JSON.parse(localStorage.getItem('ronghe.session')!));
    await page.getByRole('button', { name: /退\s*出/ }).click();
    await page.getByLabel('用户名').waitFor();
    await expect
      .poll(async () => (await gateway('{ me { username } }', {}, accessToken)).errors?.[0]?.extensions?.code, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe('UNAUTHENTICATED');
  });
});
