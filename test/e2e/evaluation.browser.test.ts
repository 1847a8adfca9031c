import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, signIn, confirmStep } from '../support/browser.js';
import { frozenCallOfTwo, PAPER_PUBLICITY_REASON, PAPER_PUBLICITY_START, panelOfDemoEvaluator, rankReview } from '../support/cycle.js';
import { gatewayData, login, system, unitIdByName } from '../support/graphql.js';

let browser: Browser;
let admin: string;
let reviewId: string;

const ok = gatewayData;
const unitId = (name: string) => unitIdByName(name, admin);

beforeAll(async () => {
  // A whole call, through the gateway: two nominations accepted, the call closed, a review set up.
  admin = await login('admin');
  const { cycleId } = await frozenCallOfTwo(2033);
  reviewId = (
    await ok(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`,
      {
        input: {
          cycleId,
          year: 2033,
          shortlistSize: 1,
          evaluatorsPerNomination: 1,
          commendingAgencyIds: [await unitId('区人力资源和社会保障局'), await unitId('区人口和计划生育委员会')],
        },
      },
      admin,
    )
  ).createReview.id;
  await ok(
    `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 60, maxScore: 10 }, { name: "示范带动", weight: 40, maxScore: 5 }]) { id } }`,
    { r: reviewId },
    admin,
  );
  await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r: reviewId }, admin);
  await panelOfDemoEvaluator(reviewId, admin);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function as(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  await signIn(page, system().adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

/** Other test files run reviews of other years: each page is pointed at this file's review. */
async function openReviewPage(page: Page, menu: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await choose(page, 'review-select', '2033年度');
  // The page may first have opened its default review (the newest being scored): wait for ours.
  await page.waitForURL((url) => url.searchParams.get('review') === reviewId);
}

/** 提交评分 asks first: the evaluator is told the marks lock, then confirms. */
async function confirmSubmit(page: Page) {
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.getByText(/提交后评分即锁定/).waitFor();
  await confirm.getByRole('button', { name: /确认提交/ }).click();
  await confirm.waitFor({ state: 'detached' });
}

describe('the review in the admin client', () => {
  it('shows the office the rubric, the rules frozen, and each evaluator’s progress', async () => {
    const page = await as('admin');
    await openReviewPage(page, '评审设置');
    await page.getByText('评分已开始,评分细则和规则已冻结').waitFor();
    expect(await page.locator('input[value="工作成效"]').count()).toBe(1);
    const progress = page.getByTestId('evaluator-progress').locator('.ant-table-tbody tr');
    await expect
      .poll(() =>
        progress
          .filter({ hasText: /^评审专家/ })
          .locator('td')
          .allTextContents(),
      )
      .toEqual(['评审专家', '2', '0', '0', '待评 2']);
    // The board: both nominations with the evaluator assigned, nobody in conflict.
    const row = page.getByTestId('assignment-board').locator('.ant-table-tbody tr').filter({ hasText: '郑州宇通物流有限公司' });
    // Evaluators appear by their display name, not by login name.
    await expect.poll(() => row.locator('.ant-tag').allTextContents()).toEqual(['评审专家']);
    await page.screenshot({ path: 'test-results/admin-review-setup.png', fullPage: true });
    await page.close();
  });

  it('lets an evaluator score and submit the nominations assigned to them', async () => {
    const page = await as('evaluator');
    await openReviewPage(page, '我的评审任务');
    const card = page.getByTestId('score-card-郑州宇通物流有限公司');
    await card.waitFor();
    expect(await page.getByTestId('pending-reminder').textContent()).toBe('您还有 2 个推荐未提交评分');
    await card.getByLabel('工作成效(满分 10,权重 60)').fill('9');
    await card.getByLabel('示范带动(满分 5,权重 40)').fill('4.5');
    await card.getByRole('button', { name: /提交评分/ }).click();
    await confirmSubmit(page);
    await card.getByText('已提交').waitFor();
    const other = page
      .locator('[data-testid^="score-card-"]')
      .filter({ hasNot: page.getByText('郑州宇通物流有限公司') })
      .first();
    await other.getByLabel('工作成效(满分 10,权重 60)').fill('7');
    await other.getByLabel('示范带动(满分 5,权重 40)').fill('3');
    await other.getByRole('button', { name: /提交评分/ }).click();
    await confirmSubmit(page);
    await other.getByText('已提交').waitFor();
    expect(await page.getByTestId('pending-reminder').count()).toBe(0);
    await page.close();
  });

  it('is approved by both commending agencies before the list is final', async () => {
    await rankReview(reviewId, admin);
    for (const [username, status] of [
      ['approver-hrss', '已排名'],
      ['approver-hfpc', '已审批'],
    ] as const) {
      const page = await as(username);
      await openReviewPage(page, '排名与审批');
      await page.getByText('郑州宇通物流有限公司').waitFor();
      await page.getByRole('button', { name: /审批通过本版名单/ }).click();
      await confirmStep(page, '审批通过');
      await expect.poll(() => page.getByTestId('review-status').textContent(), { timeout: 20_000 }).toBe(status);
      if (status === '已审批') await page.screenshot({ path: 'test-results/admin-approval.png' });
      await page.close();
    }
    const office = await as('admin');
    await openReviewPage(office, '公示与异议');
    // A fixed start within the holiday calendar, recorded as posted on paper: not the real date.
    const start = office.getByLabel('公示开始');
    await start.click();
    await start.fill(PAPER_PUBLICITY_START);
    await office.locator('.ant-card-head-title', { hasText: '公示与异议' }).click();
    await office.getByRole('button', { name: /开始公示/ }).click();
    await office.getByLabel('已在线下张贴的说明').fill(PAPER_PUBLICITY_REASON);
    await office.getByRole('button', { name: /开始公示/ }).click();
    await confirmStep(office, '开始公示');
    await office.getByText(`公示期:${PAPER_PUBLICITY_START} 至 2026-11-06`).waitFor();
    await office.close();
    // The public page, with nobody signed in.
    const visitor = await browser.newPage({ locale: 'zh-CN' });
    await visitor.goto(`${system().adminUrl}/public?year=2033`);
    await visitor.getByText('2033年度流动人口社会融合十类典型拟表彰名单公示').waitFor();
    expect(await visitor.getByTestId('public-list').locator('.ant-table-tbody tr td').allTextContents()).toEqual([
      '1',
      '郑州宇通物流有限公司',
      '用工单位',
      '十八里河镇',
    ]);
    await visitor.close();
    const { review } = await ok(
      `query ($id: ID!) { review(id: $id) { status results(first: 5) { nodes { rank aggregateScore outcome } } } }`,
      { id: reviewId },
      admin,
    );
    expect(review.status).toBe('PUBLICITY');
    expect(review.results.nodes).toEqual([
      { rank: 1, aggregateScore: 90, outcome: 'SHORTLISTED' },
      { rank: 2, aggregateScore: 66, outcome: 'NOT_SHORTLISTED' },
    ]);
  });
});
