import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, confirmPopover, launchBrowser, pickDate, signIn, confirmStep } from '../support/browser.js';
import { frozenCallOfTwo, panelOfDemoEvaluator, rankReview } from '../support/cycle.js';
import { gatewayData, login, system, unitIdByName } from '../support/graphql.js';

// The 公示 of a ranked list, from the agencies' decisions to the public page, and the holiday calendar
// it is counted on. The list is set up through the API; every step under test is taken in the browser.
const YEAR = 2038;
let browser: Browser;
let admin: string;
let reviewId: string;
let personName: string;

const ok = gatewayData;
// The machine is shared and slow: a page may take a while to show what the server answered.
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

beforeAll(async () => {
  admin = await login('admin');
  const unitId = (name: string) => unitIdByName(name, admin);
  const { cycleId, person } = await frozenCallOfTwo(YEAR);
  personName = person.name;
  reviewId = (
    await ok(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`,
      {
        input: {
          cycleId,
          year: YEAR,
          shortlistSize: 2,
          evaluatorsPerNomination: 1,
          commendingAgencyIds: [await unitId('区人力资源和社会保障局'), await unitId('区人口和计划生育委员会')],
        },
      },
      admin,
    )
  ).createReview.id;
  const [criterion] = (
    await ok(
      `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 1, maxScore: 10 }]) { id } }`,
      { r: reviewId },
      admin,
    )
  ).setReviewCriteria;
  await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r: reviewId }, admin);
  const nominations = await panelOfDemoEvaluator(reviewId, admin);
  const evaluator = await login('evaluator');
  for (const [i, nominationId] of nominations.entries()) {
    await ok(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
      { r: reviewId, n: nominationId, s: [{ criterionId: criterion.id, value: 9 - i }] },
      evaluator,
    );
  }
  await rankReview(reviewId, admin);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function as(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  await signIn(page, system().adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

async function openReview(page: Page, menu: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await choose(page, 'review-select', `${YEAR}年度`);
}

describe('the holiday calendar page', () => {
  it('shows the State Council notice the system came with, and imports and edits a year', async () => {
    const page = await as('admin');
    await page.getByRole('menuitem', { name: '节假日日历' }).click();
    await choose(page, 'calendar-year', '2026年');
    await poll(() => page.getByTestId('calendar-notice').textContent()).toContain('国办发明电〔2025〕7号');
    const row = (day: string) => page.getByTestId('calendar-days').locator('.ant-table-tbody tr').filter({ hasText: day });
    expect((await row('2026-10-01').locator('td').allTextContents()).slice(0, 4)).toEqual(['2026-10-01', '周四', '放假', '国庆节']);
    expect((await row('2026-10-10').locator('td').allTextContents()).slice(0, 4)).toEqual([
      '2026-10-10',
      '周六',
      '调休上班',
      '国庆节调休上班',
    ]);
    await page.screenshot({ path: 'test-results/publicity-calendar.png', fullPage: true });

    // The yearly import, here of a year far ahead so no other test's 公示 depends on it.
    await page.getByRole('button', { name: '导入年度安排' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度').fill('2099');
    await dialog.getByLabel('文号').fill('国办发明电〔2098〕1号');
    await pickDate(dialog, '成文日期', '2098-11-01');
    await dialog.getByLabel('通知标题').fill('国务院办公厅关于2099年部分节假日安排的通知');
    await dialog.getByLabel('来源').fill('https://www.gov.cn/');
    await dialog.getByLabel(/^日期/).fill('2099-01-01,放假,元旦\n2099/01/05,放假,元旦');
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    await dialog.getByText('第 2 行无法识别:2099/01/05,放假,元旦').waitFor();
    await dialog.getByLabel(/^日期/).fill('2099-01-01,放假,元旦\n2099-01-04,上班,元旦调休上班');
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    await poll(() => page.getByTestId('calendar-notice').textContent()).toContain('国办发明电〔2098〕1号');
    await poll(() => row('2099-01-04').locator('td').nth(2).textContent()).toBe('调休上班');

    // A correction by hand, then its removal.
    await row('2099-01-04')
      .getByRole('button', { name: /修\s*改/ })
      .click();
    await page.getByRole('dialog').getByLabel('说明').fill('元旦调休');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await poll(() => row('2099-01-04').locator('td').nth(3).textContent()).toBe('元旦调休');
    await confirmPopover(
      page,
      row('2099-01-04').getByRole('button', { name: /删\s*除/ }),
      /删\s*除/,
      async () => (await row('2099-01-04').count()) === 0,
    );

    // A reload keeps the page.
    await page.reload();
    await page.getByTestId('calendar-days').waitFor();
    expect(new URL(page.url()).pathname).toBe('/holiday-calendar');
    await page.close();
  });
});

describe('the 公示 of the list', () => {
  it('lets an approver decline a version with a reason the office reads', async () => {
    const hrss = await as('approver-hrss');
    await openReview(hrss, '排名与审批');
    await hrss.getByRole('button', { name: '不同意本版名单' }).click();
    await hrss
      .getByRole('dialog')
      .getByPlaceholder(/不同意的理由/)
      .fill('请核实第1名的劳动合同签订情况');
    await hrss
      .getByRole('dialog')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await hrss.getByTestId('approval-declined').waitFor();
    await hrss.close();

    const office = await as('admin');
    await openReview(office, '排名与审批');
    const declined = office.getByTestId('approval-declined');
    await poll(() => declined.textContent()).toContain('区人社局审批人（区人力资源和社会保障局）');
    expect(await declined.textContent()).toContain('理由:请核实第1名的劳动合同签订情况');
    await office.screenshot({ path: 'test-results/publicity-declined.png', fullPage: true });
    await office.close();

    // Having checked, both agencies approve the same version.
    for (const [username, status] of [
      ['approver-hrss', '已排名'],
      ['approver-hfpc', '已审批'],
    ] as const) {
      const page = await as(username);
      await openReview(page, '排名与审批');
      await page.getByRole('button', { name: /审批通过本版名单/ }).click();
      await confirmStep(page, '审批通过');
      await poll(() => page.getByTestId('review-status').textContent()).toBe(status);
      await page.close();
    }
  });

  it('keeps the office on its 公示 page on reload, and starts a 公示 in the past only with the paper record', async () => {
    const page = await as('admin');
    await page.goto(`${system().adminUrl}/publicity`);
    await page.getByText('公示与异议').first().waitFor();
    await page.reload();
    await page.getByTestId('review-select').waitFor();
    expect(new URL(page.url()).pathname).toBe('/publicity');
    await choose(page, 'review-select', `${YEAR}年度`);

    const start = page.getByLabel('公示开始');
    // A period running into a year whose holiday notice is not imported (2099 was imported above,
    // 2100 is not) is refused, and the office is told what to do: import that year's notice on 节假日日历.
    await start.click();
    await start.fill('2099-12-28');
    await page.locator('.ant-card-head-title', { hasText: '公示与异议' }).click();
    await page.getByRole('button', { name: /开始公示/ }).click();
    await confirmStep(page, '开始公示');
    const missing = page.getByTestId('publicity-calendar-missing');
    await poll(() => missing.textContent()).toContain('公示期将跨入 2100 年');
    expect(await missing.textContent()).toContain('导入');
    expect(await missing.getByRole('link', { name: '前往节假日日历导入' }).getAttribute('href')).toBe('/holiday-calendar');

    await start.click();
    await start.fill('2026-11-02');
    await page.locator('.ant-card-head-title', { hasText: '公示与异议' }).click();
    await page.getByRole('button', { name: /开始公示/ }).click();
    await page.getByText('开始日期早于今天,须说明公示已在线下张贴').waitFor();
    await page.getByLabel('已在线下张贴的说明').fill('11月2日已在区政府公示栏张贴,系统补录');
    await page.getByRole('button', { name: /开始公示/ }).click();
    await confirmStep(page, '开始公示');
    const period = page.getByTestId('publicity-period');
    // Mon 2 November, five working days: Friday the 6th.
    await poll(() => period.textContent()).toContain('公示期:2026-11-02 至 2026-11-06');
    expect(await period.textContent()).toContain('线下已张贴、补录理由:11月2日已在区政府公示栏张贴,系统补录');

    // The period is over: the list is made final, with the decision's 文号.
    await page.getByRole('button', { name: '确定表彰名单' }).click();
    await page.getByRole('dialog').getByLabel('表彰决定文号').fill('管人社〔2026〕31号');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确定表彰名单/ })
      .click();
    await poll(() => period.textContent()).toContain('表彰决定:管人社〔2026〕31号');
    await page.screenshot({ path: 'test-results/publicity-final.png', fullPage: true });
    await page.close();

    // The public page: names in full, the issuing agencies and the decision's date.
    const visitor = await browser.newPage({ locale: 'zh-CN' });
    await visitor.goto(`${system().adminUrl}/public?year=${YEAR}`);
    await visitor.getByText(`${YEAR}年度流动人口社会融合十类典型表彰名单`).waitFor();
    const names = await visitor.getByTestId('public-list').locator('.ant-table-tbody tr td:nth-child(2)').allTextContents();
    expect(names.sort()).toEqual([personName, '郑州宇通物流有限公司'].sort());
    expect(await visitor.getByTestId('public-decision').textContent()).toContain('管人社〔2026〕31号');
    expect(await visitor.getByTestId('public-issuers').textContent()).toContain('区人力资源和社会保障局区人口和计划生育委员会');
    await visitor.screenshot({ path: 'test-results/publicity-public.png', fullPage: true });
    await visitor.close();
  });
});
