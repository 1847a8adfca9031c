import { creditCodeCheckChar, idNumberCheckChar } from '@ronghe/types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, confirmPopover, launchBrowser, pickByName, signIn } from '../support/browser.js';
import { gatewayData, login, system, unitIdByName } from '../support/graphql.js';

// A unit of this test's own, so no other test's numbers change: registered under 十八里河镇,
// then found again by the import under 南曹乡, moved there and dissolved.
const UNIT = '十八里河镇融合家政服务站';
const CREDIT_CODE = `91410104MA9RH2026${creditCodeCheckChar('91410104MA9RH2026')}`;
const ID_NUMBER = `41010219880808987${idNumberCheckChar('41010219880808987')}`;
const PERSON = '王融合';

let browser: Browser;
let page: Page;
let token: string;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1500, height: 1000 } });
  await signIn(page, system().adminUrl, 'admin');
  await page.getByTestId('account-name').waitFor();
  token = await login('admin');
});
afterAll(async () => {
  await browser?.close();
});

const countsOf = async (name: string) => {
  const id = await unitIdByName(name, token);
  const data = await gatewayData(
    `query ($id: ID!) { organization(id: $id) { children(first: 1) { totalCount } } persons(first: 1, within: $id) { totalCount } }`,
    { id },
    token,
  );
  return { children: data.organization.children.totalCount as number, persons: data.persons.totalCount as number };
};

describe('the jurisdiction tree', () => {
  it('opens level by level, each unit with its number of subordinate units and of persons', async () => {
    await page.getByRole('menuitem', { name: '辖区树' }).click();
    const tree = page.getByTestId('jurisdiction-tree');
    await tree.locator('.ant-tree-switcher').first().click();
    const township = page.getByTestId('tree-unit-十八里河镇');
    await township.waitFor({ timeout: 15_000 });
    const expected = await countsOf('十八里河镇');
    expect(expected.persons).toBeGreaterThan(0);
    expect(await township.textContent()).toBe(`十八里河镇(乡镇)下级 ${expected.children}人员 ${expected.persons}`);
    // A unit with nothing below has no switcher to open.
    const agency = page.getByTestId('tree-unit-区财政局');
    expect(await agency.textContent()).toBe('区财政局(区直机关)人员 0');

    // The township's level loads when it is opened.
    await page.locator('.ant-tree-treenode', { has: township }).locator('.ant-tree-switcher').click();
    await page.getByTestId('tree-unit-十八里河社区').waitFor({ timeout: 15_000 });
    const community = await countsOf('十八里河社区');
    expect(await page.getByTestId('tree-unit-十八里河社区').textContent()).toContain(`人员 ${community.persons}`);
    await page.screenshot({ path: 'test-results/registry-tree.png', fullPage: true });
  });
});

describe('the office keeps the registry in forms', () => {
  it('registers a unit under a township', async () => {
    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.getByRole('button', { name: '登记单位' }).click();
    const dialog = page.getByRole('dialog');
    await pickByName(dialog, 'unit-parent', '十八里河镇');
    await dialog.getByLabel('单位名称').fill(UNIT);
    await pickByName(dialog, 'unit-kind', '服务管理机构');
    await dialog.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    await dialog.getByLabel('联系电话').fill('13812345678');
    await dialog.getByRole('button', { name: /^登\s*记$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-breadcrumb', { hasText: UNIT }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.ant-breadcrumb').textContent()).toContain('十八里河镇');
    expect(await page.getByTestId('unit-counts').textContent()).toBe('直属下级单位 0 个 · 外来务工人员 0 人');
  });

  it('edits it, and refuses an edit made on a version someone else has changed since', async () => {
    await page.getByRole('button', { name: /^修\s*改$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('地址').fill('十八里河镇政府路 1 号');
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('十八里河镇政府路 1 号').waitFor();

    // Someone else changes the unit while the form is open: saving it says so and overwrites nothing.
    await page.getByRole('button', { name: /^修\s*改$/ }).click();
    const id = await unitIdByName(UNIT, token);
    const { organization } = await gatewayData(`query ($id: ID!) { organization(id: $id) { version } }`, { id }, token);
    await gatewayData(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      { input: { id, version: organization.version, contactPerson: '李主任' } },
      token,
    );
    await dialog.getByLabel('简称').fill('融合家政站');
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => dialog.getByTestId('form-error').textContent(), { timeout: 15_000 }).toBe('该单位已被他人修改,请刷新后重试');
    await dialog.getByRole('button', { name: /^取\s*消$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const now = await gatewayData(`query ($id: ID!) { organization(id: $id) { shortName contactPerson address } }`, { id }, token);
    expect(now.organization).toEqual({ shortName: null, contactPerson: '李主任', address: '十八里河镇政府路 1 号' });

    // Given up, the form opens again on the current version, with the other change in it.
    await page.getByText('李主任').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /^修\s*改$/ }).click();
    expect(await dialog.getByLabel('联系人').inputValue()).toBe('李主任');
    await dialog.getByLabel('简称').fill('融合家政站');
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('融合家政站').waitFor({ timeout: 15_000 });
  });

  it('is told by the import where to move a unit registered under another parent, and moves it there', async () => {
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByText('仅导入正确的行').click();
    const csv = ['单位名称,单位类型,上级单位,统一社会信用代码', `${UNIT},服务管理机构,南曹乡,${CREDIT_CODE}`].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: '单位.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: /开始导入/ }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 15_000 });
    await report.getByRole('link', { name: '去调整隶属关系' }).click();

    await page.getByText('要调整的单位').waitFor();
    await pickByName(page, 'move-unit', UNIT);
    await expect.poll(() => page.getByTestId('move-impact').textContent(), { timeout: 15_000 }).toBe('0 个下级单位、0 名外来务工人员');
    await pickByName(page, 'move-parent', '南曹乡');
    await page.getByRole('button', { name: /^调\s*整$/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.textContent()).toContain(
      `将「${UNIT}」连同辖区内 0 个下级单位、0 名外来务工人员,从「十八里河镇」调整到「南曹乡」之下`,
    );
    await confirm.getByRole('button', { name: '确认调整' }).click();

    await page.locator('.ant-breadcrumb', { hasText: '南曹乡' }).waitFor({ timeout: 15_000 });
    await page.getByText(`由「十八里河镇」调整到「南曹乡」`).waitFor();
  });

  it('dissolves it after saying what stays behind', async () => {
    await page.getByRole('button', { name: /^撤\s*销$/ }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByTestId('dissolve-impact').textContent(), { timeout: 15_000 })
      .toContain('辖区内还有 0 个未撤销的下级单位、0 名外来务工人员,承担现行任务分工 0 项。');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-card-extra', { hasText: '已撤销' }).waitFor({ timeout: 15_000 });
    // Neither dissolved again nor given new units.
    expect(await page.getByRole('button', { name: /^撤\s*销$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记下级单位' }).count()).toBe(0);
    await page.screenshot({ path: 'test-results/registry-dissolved.png', fullPage: true });
  });

  it('registers a migrant worker, edits the record without seeing the ID number in full, and deletes it', async () => {
    await page.getByRole('menuitem', { name: '外来务工人员' }).click();
    await page.getByRole('button', { name: '登记人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill(PERSON);
    await choose(page, 'person-gender', '男');
    await dialog.getByLabel('身份证号').fill(ID_NUMBER);
    await dialog.getByLabel('手机号').fill('13912345678');
    await pickByName(dialog, 'person-community', '十八里河社区');
    await dialog.getByRole('button', { name: /^登\s*记$/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByPlaceholder('按姓名查找').fill(PERSON);
    await page.getByPlaceholder('按姓名查找').press('Enter');
    const row = page.locator('.ant-table-tbody tr', { hasText: PERSON });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    const masked = `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`;
    expect(await row.locator('td').nth(2).textContent()).toBe(masked);
    expect(await row.textContent()).toContain('十八里河社区');

    await row.getByRole('button', { name: /^修\s*改$/ }).click();
    const edit = page.getByRole('dialog');
    expect(await edit.textContent()).toContain(`现为 ${masked};不填则不变`);
    expect(await edit.getByLabel('身份证号').inputValue()).toBe('');
    await edit.getByLabel('户籍城市').fill('周口市');
    await edit.getByRole('button', { name: /^保\s*存$/ }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('周口市');

    // The ID number and phone left empty in the form are kept as they were.
    await row.getByRole('button', { name: '查看完整信息' }).click();
    const full = page.getByRole('dialog');
    await full.getByText('本次查看已记入审计日志').waitFor();
    expect(await full.locator('.ant-descriptions-item-content').allTextContents()).toEqual([ID_NUMBER, '13912345678']);
    await page.screenshot({ path: 'test-results/registry-person.png', fullPage: true });
    await full.locator('.ant-modal-close').click();
    await full.waitFor({ state: 'hidden' });

    // Deleted after a confirmation: gone from the list.
    await confirmPopover(page, row.getByRole('button', { name: /^删\s*除$/ }), /^删\s*除$/, async () => (await row.count()) === 0);
  });
});

describe('a partner department', () => {
  it('reads the registry without a form to change it', async () => {
    const partner = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1500, height: 1000 } });
    await signIn(partner, system().adminUrl, 'partner');
    await partner.getByTestId('account-name').waitFor();
    await partner.getByRole('menuitem', { name: '单位名录' }).click();
    await partner.getByPlaceholder('按名称或简称查找').fill('南曹乡');
    await partner.getByPlaceholder('按名称或简称查找').press('Enter');
    await partner.getByRole('link', { name: '南曹乡', exact: true }).first().waitFor({ timeout: 15_000 });
    expect(await partner.getByRole('button', { name: '登记单位' }).count()).toBe(0);
    await partner.getByRole('link', { name: '南曹乡', exact: true }).first().click();
    await partner.getByTestId('unit-counts').waitFor({ timeout: 15_000 });
    for (const action of [/^修\s*改$/, '调整隶属关系', /^撤\s*销$/])
      expect(await partner.getByRole('button', { name: action }).count()).toBe(0);

    await partner.getByRole('menuitem', { name: '外来务工人员' }).click();
    await partner.locator('.ant-table-tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await partner.getByRole('button', { name: '登记人员' }).count()).toBe(0);
    expect(await partner.getByRole('button', { name: '查看完整信息' }).count()).toBe(0);

    await partner.goto(`${system().adminUrl}/organizations/move`);
    await partner.getByText('无权访问').waitFor({ timeout: 15_000 });
    await partner.close();
  });
});
