import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, confirmPopover, launchBrowser, signIn } from '../support/browser.js';
import { openCycleNow } from '../support/cycle.js';
import { gatewayData, login, system, unitIdByName } from '../support/graphql.js';

const YEAR = 2036;
const DEEDS = '郑州宇通物流有限公司为外来务工人员提供集体宿舍和技能培训,建立职工子女暑期托管班。';
const ADDED = '补充:2036年帮助46名外来务工人员取得职业资格证书。';
// A 1×1 PNG and a one-page PDF, as a unit would upload them.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let browser: Browser;
let admin: string;
let operator: string;
let cycleId: string;
let returnedId: string;

const NOMINATION = `query ($id: ID!) { nomination(id: $id) { status deeds version attachments { fileName } } }`;

beforeAll(async () => {
  admin = await login('admin');
  operator = await login('operator');
  cycleId = await openCycleNow(admin, YEAR);
  const township = await unitIdByName('十八里河镇', operator);
  const create = async (category: string, nominee: string) =>
    (
      await gatewayData(
        `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`,
        {
          input: {
            cycleId,
            category,
            nomineeOrganizationId: await unitIdByName(nominee, operator),
            nominatorOrganizationId: township,
            deeds: DEEDS,
          },
        },
        operator,
      )
    ).createNomination as { id: string; version: number };
  const submit = async (n: { id: string; version: number }) =>
    (
      await gatewayData(
        `mutation ($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { version } }`,
        { id: n.id, v: n.version },
        operator,
      )
    ).submitNomination.version as number;
  // One returned to the township for revision, one submitted and still waiting for the office.
  const returned = await create('EMPLOYER', '郑州宇通物流有限公司');
  returnedId = returned.id;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { returnNomination(id: $id, version: $v, reason: "请补充职业资格证书情况") { id } }`,
    { id: returned.id, v: await submit(returned) },
    admin,
  );
  await submit(await create('COMMUNITY', '十八里河社区'));
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function openAs(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await signIn(page, system().adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

describe('a township edits a nomination returned for revision', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAs('operator');
  });

  it('opens the form with its content, keeps typed text across a reload, and saves it', async () => {
    await page.getByRole('menuitem', { name: '推荐列表' }).click();
    await choose(page, 'cycle-filter', `${YEAR} 年度`);
    const row = page.locator('.ant-table-tbody tr', { hasText: '郑州宇通物流有限公司' });
    await row.getByRole('button', { name: /^修\s*改$/ }).click();
    const deeds = page.getByTestId('nomination-edit').getByLabel('事迹材料');
    await expect.poll(() => deeds.inputValue()).toBe(DEEDS);

    await deeds.fill(`${DEEDS}${ADDED}`);
    // Leaving with unsaved changes asks first; the reload comes back to the same form with the typed text.
    const asked: string[] = [];
    page.once('dialog', async (dialog) => {
      asked.push(dialog.type());
      await dialog.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await page.getByTestId('draft-restored').waitFor();
    await expect.poll(() => page.getByTestId('nomination-edit').getByLabel('事迹材料').inputValue()).toBe(`${DEEDS}${ADDED}`);

    await page.getByRole('button', { name: '保存修改', exact: true }).click();
    await page.getByTestId('nomination-edit').waitFor({ state: 'detached' });
    await page.locator('.ant-drawer-body', { hasText: ADDED }).waitFor();
    const stored = (await gatewayData(NOMINATION, { id: returnedId }, operator)).nomination;
    expect(stored).toMatchObject({ status: 'RETURNED', deeds: `${DEEDS}${ADDED}` });
  });

  it('shows a conflict instead of overwriting what someone else saved meanwhile', async () => {
    await page
      .locator('.ant-drawer')
      .getByRole('button', { name: /^修\s*改$/ })
      .click();
    await page.getByTestId('nomination-edit').getByLabel('事迹材料').fill(`${DEEDS}这是本页面上的修改。`);
    const { version } = (await gatewayData(NOMINATION, { id: returnedId }, operator)).nomination;
    const theirs = `${DEEDS}${ADDED}活动办公室代为补充的内容。`;
    await gatewayData(
      `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { id } }`,
      { input: { id: returnedId, version, deeds: theirs } },
      admin,
    );
    await page.getByRole('button', { name: '保存修改', exact: true }).click();
    await page.getByTestId('edit-conflict').waitFor();
    await page.getByTestId('edit-conflict').getByText('活动办公室代为补充的内容').waitFor();
    expect((await gatewayData(NOMINATION, { id: returnedId }, operator)).nomination.deeds).toBe(theirs);
    // The user keeps the other's text this time.
    await page.getByRole('button', { name: '放弃我的修改' }).click();
    await expect.poll(() => page.getByTestId('nomination-edit').getByLabel('事迹材料').inputValue()).toBe(theirs);
    await page.getByRole('button', { name: '放弃修改' }).click();
  });

  it('uploads, previews and deletes attachments, and downloads the 推荐表', async () => {
    const drawer = page.locator('.ant-drawer');
    const list = page.getByTestId('attachment-list');
    for (const [name, mimeType, buffer] of [
      ['营业执照.png', 'image/png', PNG],
      ['职业资格证书汇总.pdf', 'application/pdf', PDF],
    ] as const) {
      await drawer.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
      await list.getByText(name).waitFor();
    }

    await list
      .locator('.ant-list-item', { hasText: '营业执照.png' })
      .getByRole('button', { name: /^预\s*览$/ })
      .click();
    const preview = page.locator('.attachment-preview .ant-modal');
    const image = preview.locator('img');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await preview.locator('.ant-modal-close').click();
    await preview.waitFor({ state: 'hidden' });

    await list
      .locator('.ant-list-item', { hasText: '职业资格证书汇总.pdf' })
      .getByRole('button', { name: /^预\s*览$/ })
      .click();
    await expect.poll(() => preview.locator('iframe').getAttribute('src')).toMatch(/^blob:/);
    await page.screenshot({ path: 'test-results/nomination-attachment-preview.png' });
    await preview.locator('.ant-modal-close').click();
    await preview.waitFor({ state: 'hidden' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list
        .locator('.ant-list-item', { hasText: '营业执照.png' })
        .getByRole('button', { name: /^下\s*载$/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('营业执照.png');
    expect(Buffer.compare(await readFile((await download.path())!), PNG)).toBe(0);

    await confirmPopover(
      page,
      list.locator('.ant-list-item', { hasText: '营业执照.png' }).getByRole('button', { name: /^删\s*除$/ }),
      /^删\s*除$/,
      async () => (await list.getByText('营业执照.png').count()) === 0,
    );
    expect((await gatewayData(NOMINATION, { id: returnedId }, operator)).nomination.attachments).toEqual([
      { fileName: '职业资格证书汇总.pdf' },
    ]);

    const [form] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: '下载推荐表' }).click()]);
    expect(form.suggestedFilename()).toBe(`推荐表-${YEAR}-郑州宇通物流有限公司.pdf`);
    const pdf = await readFile((await form.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: 'test-results/nomination-edit.png' });
    await page.close();
  });
});

describe('the office records an honour from before the system', () => {
  it('is listed among the honours the pre-screen checks', async () => {
    const page = await openAs('admin');
    await page.getByRole('menuitem', { name: '评选年度与名额' }).click();
    await page.getByRole('button', { name: '记录往年表彰' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '记录往年表彰' });
    await dialog.getByLabel('表彰年度').fill('2014');
    await choose(page, 'honour-category', '用工单位');
    await choose(page, 'nominee-picker', '郑州宇通物流有限公司');
    await dialog.getByLabel('荣誉名称').fill('2014年度优秀用工单位(纸质档案补录)');
    await dialog.getByRole('button', { name: /^记\s*录$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const honours = page.locator('.ant-card', { hasText: '表彰记录' });
    await honours.locator('tr', { hasText: '2014年度优秀用工单位(纸质档案补录)' }).getByText('郑州宇通物流有限公司').waitFor();
    await page.close();
  });
});

describe('the office freezes the call before its window ends', () => {
  it('sees what the freeze leaves out and has to give a reason', async () => {
    const page = await openAs('admin');
    await page.getByRole('menuitem', { name: '评选年度与名额' }).click();
    const row = page.locator('.ant-table-tbody tr', { hasText: String(YEAR) });
    await row.getByRole('button', { name: '截止并冻结' }).click();
    const dialog = page.locator('.ant-modal', { hasText: `截止并冻结 ${YEAR} 年度申报` });
    await expect
      .poll(() => dialog.getByTestId('freeze-impact').textContent())
      .toContain('1 个已上报但尚未受理的推荐和 1 个退回修改中的推荐将不能进入评审');

    await dialog.getByRole('button', { name: '确认截止并冻结' }).click();
    await dialog.getByText('请填写提前截止的理由').waitFor();
    await dialog.getByRole('textbox').fill('区委统一部署,提前进入评审');
    await page.screenshot({ path: 'test-results/nomination-freeze.png' });
    await dialog.getByRole('button', { name: '确认截止并冻结' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('提前截止').waitFor();

    const cycle = (
      await gatewayData(`query ($id: ID!) { nominationCycle(id: $id) { status freezeReason frozenByUsername } }`, { id: cycleId }, admin)
    ).nominationCycle;
    expect(cycle).toEqual({ status: 'CLOSED', freezeReason: '区委统一部署,提前进入评审', frozenByUsername: 'admin' });

    // The next step says what it does before it is taken; cancelled, nothing changes.
    await row.getByRole('button', { name: '进入评审' }).click();
    const confirm = page.locator('.ant-modal-confirm', { hasText: `进入评审:${YEAR} 年度` });
    await confirm.getByText(/本年度不再受理、退回或调整推荐。此操作不能撤销/).waitFor();
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    const after = (await gatewayData(`query ($id: ID!) { nominationCycle(id: $id) { status } }`, { id: cycleId }, admin)).nominationCycle;
    expect(after).toEqual({ status: 'CLOSED' });
    await page.close();
  });
});
