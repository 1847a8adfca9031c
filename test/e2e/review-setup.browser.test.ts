import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, dropdownsClosed, launchBrowser, signedInPage, pick, confirmStep } from '../support/browser.js';
import { closeCycle, nominateAndAccept, openCycleNow } from '../support/cycle.js';
import { gatewayData, login, system, unitIdByName } from '../support/graphql.js';

const YEAR = 2037;
let browser: Browser;
let admin: string;
let logisticsNomination: string;

const ok = gatewayData;

beforeAll(async () => {
  // A call of its own year, put forward, accepted and closed (frozen) through the gateway: the review is then the office's to create.
  admin = await login('admin');
  const operator = await login('operator');
  const cycleId = await openCycleNow(admin, YEAR);
  const township = await unitIdByName('十八里河镇', admin);
  const person = (await ok(`query ($w: ID!) { persons(within: $w, first: 1) { nodes { id } } }`, { w: township }, operator)).persons
    .nodes[0].id;
  logisticsNomination = await nominateAndAccept(
    {
      cycleId,
      nominatorOrganizationId: township,
      deeds: '吸纳外来务工人员就业 300 余人,劳动合同签订率 100%。',
      category: 'EMPLOYER',
      nomineeOrganizationId: await unitIdByName('郑州宇通物流有限公司', admin),
    },
    operator,
    admin,
  );
  await nominateAndAccept(
    {
      cycleId,
      nominatorOrganizationId: township,
      deeds: '扎根社区服务外来务工人员十余年,帮助两百余名务工人员解决子女入学和社保接续问题。',
      category: 'MIGRANT_WORKER',
      nomineePersonId: person,
    },
    operator,
    admin,
  );
  await closeCycle(cycleId, admin);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const as = (username: string): Promise<Page> => signedInPage(browser, system().adminUrl, username, { width: 1500, height: 1000 });

const confirmDialog = (page: Page) => page.locator('.ant-modal-confirm');

/** The review of this file's year, as the office sees it. */
async function reviewOfYear() {
  const { reviews } = await ok(`{ reviews(first: 50) { nodes { id year } } }`, {}, admin);
  const review = reviews.nodes.find((r: { year: number }) => r.year === YEAR);
  return (
    await ok(
      `query ($id: ID!) { review(id: $id) { id status evaluatorsPerNomination shortlistSize commendingAgencyIds categoryCaps rules { method } criteria { id name weight maxScore } } }`,
      { id: review.id },
      admin,
    )
  ).review;
}

describe('setting up a review in the admin client', () => {
  it('creates the review of a frozen call with its rubric, aggregation, panel, shortlist, caps and agencies', async () => {
    const page = await as('admin');
    await page.getByRole('menuitem', { name: '评审设置' }).click();
    await page.getByRole('button', { name: /新建评审/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建评审' });
    await pick(dialog, 'cycle-select', `${YEAR} 年度`);
    // The notice's two agencies are proposed.
    await expect.poll(() => dialog.getByTestId('agency-select').textContent()).toContain('区人力资源和社会保障局');
    expect(await dialog.getByTestId('agency-select').textContent()).toContain('区人口和计划生育委员会');

    // The rubric's first row left blank: a message per field, not a bare "名称".
    await dialog.getByRole('button', { name: '建立评审' }).click();
    await dialog.getByText('请至少填写一项评分细则').waitFor();
    await dialog.getByLabel('第 1 项细则名称').fill('工作成效');
    await dialog.getByRole('button', { name: '建立评审' }).click();
    await dialog.getByText('请填写权重(大于 0)').waitFor();
    await dialog.getByText('请填写满分(大于 0)').waitFor();
    await dialog.getByLabel('第 1 项细则权重').fill('60');
    await dialog.getByLabel('第 1 项细则满分').fill('10');
    await dialog.getByRole('button', { name: '添加细则' }).click();
    await dialog.getByLabel('第 2 项细则名称').fill('示范带动');
    await dialog.getByLabel('第 2 项细则权重').fill('40');
    await dialog.getByLabel('第 2 项细则满分').fill('5');
    // A third row added and left blank is not saved.
    await dialog.getByRole('button', { name: '添加细则' }).click();
    await dialog.getByRole('button', { name: '添加上限' }).click();
    await pick(dialog, 'cap-category-1', '用工单位');
    await dialog.getByLabel('第 1 个上限的人数').fill('1');

    await dialog.getByLabel('每个推荐的评审专家人数').fill('1');
    await dialog.getByLabel('联合表彰名额(前 N 名)').fill('1');
    // A trimmed mean with a panel of one: warned in the form, refused by the server, nothing created.
    await pick(dialog, 'method-select', '去掉一个最高分和一个最低分');
    await dialog.getByTestId('aggregation-warning').waitFor();
    expect(await dialog.getByTestId('aggregation-warning').textContent()).toContain('至少需要 5 份评分,而每个推荐只分配 1 名专家');
    await dialog.getByRole('button', { name: '建立评审' }).click();
    await dialog.getByTestId('form-error').waitFor();
    expect(await dialog.getByTestId('form-error').textContent()).toContain('至少需要 5 份评分');
    expect(
      (await ok(`{ reviews(first: 50) { nodes { year } } }`, {}, admin)).reviews.nodes.some((r: { year: number }) => r.year === YEAR),
    ).toBe(false);

    await pick(dialog, 'method-select', /^平均分$/);
    expect(await dialog.getByTestId('aggregation-warning').count()).toBe(0);
    await dialog.getByRole('button', { name: '建立评审' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The new review is the one on screen, its rubric in the editor.
    await expect.poll(() => page.getByTestId('review-select').textContent()).toContain(`${YEAR}年度十类典型考核评审`);
    await expect.poll(() => page.locator('input[value="示范带动"]').count()).toBe(1);
    const review = await reviewOfYear();
    expect(review).toMatchObject({
      status: 'DRAFT',
      evaluatorsPerNomination: 1,
      shortlistSize: 1,
      categoryCaps: { EMPLOYER: 1 },
      rules: { method: 'MEAN' },
      criteria: [
        { name: '工作成效', weight: 60, maxScore: 10 },
        { name: '示范带动', weight: 40, maxScore: 5 },
      ],
    });
    expect(review.commendingAgencyIds.sort()).toEqual(
      [await unitIdByName('区人力资源和社会保障局', admin), await unitIdByName('区人口和计划生育委员会', admin)].sort(),
    );
    await page.screenshot({ path: 'test-results/admin-review-created.png', fullPage: true });
    await page.close();
  });

  it('starts scoring after a confirmation, assigns and unassigns an evaluator, and reopens a submitted score with a reason', async () => {
    const page = await as('admin');
    await page.getByRole('menuitem', { name: '评审设置' }).click();
    await choose(page, 'review-select', `${YEAR}年度`);
    await page.getByRole('button', { name: /开始评分/ }).click();
    await expect.poll(() => confirmDialog(page).textContent()).toContain('评分细则(2 项)、计分规则和各类别入围上限即冻结');
    await confirmStep(page, '开始评分');
    await page.getByText('评分已开始,评分细则和规则已冻结').waitFor();

    const row = page.getByTestId('assignment-board').locator('.ant-table-tbody tr').filter({ hasText: '郑州宇通物流有限公司' });
    const addEvaluator = async () => {
      await row.getByRole('combobox').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^评审专家$/ })
        .first()
        .click();
      await dropdownsClosed(page);
      await row.getByTestId('seat-evaluator').waitFor();
    };
    await addEvaluator();
    // Taken off again before any mark: the confirmation says what happens.
    await row.getByTestId('seat-evaluator').getByRole('button', { name: '取消分配' }).click();
    await expect.poll(() => confirmDialog(page).textContent()).toContain('「评审专家」将不再评审「郑州宇通物流有限公司」');
    await confirmStep(page, '取消分配');
    await row.getByTestId('seat-evaluator').waitFor({ state: 'detached' });
    const { criteria, id: reviewId } = await reviewOfYear();
    const seats = async () =>
      (
        await ok(
          `query ($r: ID!) { assignmentBoard(reviewId: $r) { nominationId assigned { evaluatorUsername scores { submittedAt } } } }`,
          { r: reviewId },
          admin,
        )
      ).assignmentBoard.find((b: { nominationId: string }) => b.nominationId === logisticsNomination).assigned;
    expect(await seats()).toEqual([]);

    // Assigned again; the evaluator submits.
    await addEvaluator();
    await ok(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
      {
        r: reviewId,
        n: logisticsNomination,
        s: [
          { criterionId: criteria[0].id, value: 9 },
          { criterionId: criteria[1].id, value: 4 },
        ],
      },
      await login('evaluator'),
    );
    await page.reload();
    await choose(page, 'review-select', `${YEAR}年度`);
    const seat = row.getByTestId('seat-evaluator');
    await expect.poll(() => seat.textContent()).toContain('(已提交)');
    // A submitted score is no longer taken off, only reopened, with a reason on record.
    expect(await seat.getByRole('button', { name: '取消分配' }).count()).toBe(0);
    await seat.getByRole('button', { name: '重新开放' }).click();
    const reopen = page.getByRole('dialog').filter({ hasText: '重新开放评分' });
    await reopen.getByText('「评审专家」对「郑州宇通物流有限公司」已提交的评分将重新开放').waitFor();
    await reopen.getByRole('button', { name: '重新开放' }).click();
    await reopen.getByText('请填写理由').waitFor();
    await reopen.getByRole('textbox').fill('专家申请更正笔误');
    await reopen.getByRole('button', { name: '重新开放' }).click();
    await reopen.waitFor({ state: 'hidden' });
    await expect.poll(() => seat.textContent()).toContain('(评分中)');
    expect(await seats()).toEqual([{ evaluatorUsername: 'evaluator', scores: [{ submittedAt: null }, { submittedAt: null }] }]);
    await page.screenshot({ path: 'test-results/admin-review-board.png', fullPage: true });
    await page.close();
  });
});

describe('the demo year', () => {
  it('is approved by both demo approvers, one for each commending agency', async () => {
    for (const [username, status] of [
      ['approver-hrss', '已排名'],
      ['approver-hfpc', '已审批'],
    ] as const) {
      const page = await as(username);
      await page.getByRole('menuitem', { name: '排名与审批' }).click();
      await choose(page, 'review-select', '2026年度');
      await page.getByRole('button', { name: /审批通过本版名单/ }).click();
      await confirmStep(page, '审批通过');
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe(status);
      await page.close();
    }
  });
});
