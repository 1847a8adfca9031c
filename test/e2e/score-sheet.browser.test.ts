import { readFile } from 'node:fs/promises';
import { readSheet } from '@ronghe/kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, signIn } from '../support/browser.js';
import { frozenCallOfTwo } from '../support/cycle.js';
import { gatewayData, login, system } from '../support/graphql.js';

const YEAR = 2041;
let browser: Browser;
let admin: string;
let reviewId: string;
let employerId: string;

const ok = gatewayData;

beforeAll(async () => {
  // A call through the gateway: two nominations accepted, the call closed, a review with a two-item rubric.
  admin = await login('admin');
  const call = await frozenCallOfTwo(YEAR);
  const cycleId = call.cycleId;
  employerId = call.employerId;
  reviewId = (
    await ok(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`,
      { input: { cycleId, year: YEAR, shortlistSize: 1, evaluatorsPerNomination: 1 } },
      admin,
    )
  ).createReview.id;
  await ok(
    `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 60, maxScore: 10 }, { name: "示范带动", weight: 40, maxScore: 5 }]) { id } }`,
    { r: reviewId },
    admin,
  );
  await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r: reviewId }, admin);
  // Other test files may have added evaluators to the panel: this review is the demo evaluator's alone.
  const assigned = (
    await ok(
      `mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId evaluatorAccountId evaluatorUsername } }`,
      { r: reviewId },
      admin,
    )
  ).assignEvaluators;
  const evaluatorId = (await ok(`{ accounts(search: "evaluator", first: 100) { nodes { id username } } }`, {}, admin)).accounts.nodes.find(
    (a: { username: string }) => a.username === 'evaluator',
  ).id;
  for (const a of assigned.filter((a: { evaluatorUsername: string }) => a.evaluatorUsername !== 'evaluator')) {
    const ids = { r: reviewId, n: a.nominationId };
    await ok(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { unassignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) }`,
      { ...ids, e: a.evaluatorAccountId },
      admin,
    );
    await ok(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { assignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) { nominationId } }`,
      { ...ids, e: evaluatorId },
      admin,
    );
  }
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function as(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await signIn(page, system().adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

async function openReviewPage(page: Page, menu: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await choose(page, 'review-select', `${YEAR}年度`);
}

/** The 评审结果 column of the employer's row for this year on its unit page. */
async function resultOnUnitPage(page: Page): Promise<string> {
  await page.goto(`${system().adminUrl}/organizations/${employerId}`);
  const row = page
    .getByTestId('unit-nominations')
    .locator('.ant-table-tbody tr')
    .filter({ hasText: String(YEAR) });
  await row.waitFor();
  return (await row.locator('td').last().textContent()) ?? '';
}

describe('the score sheet', () => {
  it('is scored by the evaluator, who confirms that submitted marks lock', async () => {
    const page = await as('evaluator');
    await openReviewPage(page, '我的评审任务');
    for (const [name, marks] of [
      ['郑州宇通物流有限公司', ['9', '4.5']],
      [null, ['7', '3']],
    ] as const) {
      const card = name
        ? page.getByTestId(`score-card-${name}`)
        : page
            .locator('[data-testid^="score-card-"]')
            .filter({ hasNot: page.getByText('郑州宇通物流有限公司') })
            .first();
      await card.getByLabel('工作成效(满分 10,权重 60)').fill(marks[0]);
      await card.getByLabel('示范带动(满分 5,权重 40)').fill(marks[1]);
      await card.getByRole('button', { name: /提交评分/ }).click();
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.getByText('提交后评分即锁定,不能再修改;如需更正,须由活动办公室重新开放。').waitFor();
      await confirm.getByRole('button', { name: /确认提交/ }).click();
      await card.getByText('已提交').waitFor();
    }
    await page.close();
  });

  it('is opened, printed and exported in Chinese by the office after it confirms the ranking', async () => {
    const page = await as('admin');
    await openReviewPage(page, '排名与审批');
    await page.getByRole('button', { name: /^计算排名$/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText(/评分阶段随之结束/).waitFor();
    await confirm.getByRole('button', { name: /计算排名/ }).click();
    // The ranking runs as a job: its progress bar shows at once, and again after a reload of the page.
    await page.getByTestId('job-progress').waitFor();
    await page.reload();
    await openReviewPage(page, '排名与审批');
    await expect.poll(() => page.getByTestId('job-progress').getAttribute('data-state'), { timeout: 60_000 }).toBe('SUCCEEDED');
    await expect.poll(() => page.getByTestId('review-status').textContent(), { timeout: 30_000 }).toBe('已排名');

    await page.getByRole('button', { name: /^评分表$/ }).click();
    const sheet = page.locator('.ant-modal').getByTestId('score-sheet');
    const employer = sheet.getByTestId('score-sheet-郑州宇通物流有限公司');
    await employer.waitFor();
    const headers = await employer.locator('.ant-table-thead th').allTextContents();
    expect(headers).toEqual([
      '评审专家',
      '专家单位',
      '工作成效(满分 10,权重 60)',
      '示范带动(满分 5,权重 40)',
      '加权合计(百分制)',
      '是否计入',
      '评语',
    ]);
    // The demo evaluator by display name and unit, never by login name or account id.
    expect(await employer.locator('.ant-table-tbody tr td').allTextContents()).toEqual([
      '评审专家',
      '区财政局',
      '9',
      '4.5',
      '90',
      '计入',
      '',
    ]);
    expect(await employer.locator('.ant-descriptions').textContent()).toContain('综合得分90');
    expect(await employer.locator('.ant-descriptions').textContent()).toContain('名次1');
    await page.screenshot({ path: 'test-results/admin-score-sheet.png', fullPage: true });

    // On paper: only the sheet, not the page or the dialog around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.score-sheet-print').isVisible()).toBe(true);
    expect(await page.locator('.score-sheet-print').textContent()).toContain(`${YEAR}年度`);
    expect(await sheet.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Exported by a job (a province's sheet runs to 250,000 rows): its panel in the dialog, then its file.
    await page.getByRole('button', { name: /导出评分表/ }).click();
    const job = page.locator('.ant-modal').getByTestId('job-progress');
    await expect.poll(() => job.getAttribute('data-state'), { timeout: 60_000 }).toBe('SUCCEEDED');
    const [download] = await Promise.all([page.waitForEvent('download'), job.getByRole('button', { name: /评分表.*\.xlsx/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${YEAR}年度十类典型考核评审评分表-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const file = await readSheet(download.suggestedFilename(), await readFile((await download.path())!));
    expect(file.headers).toContain('工作成效(满分 10,权重 60)');
    const row = file.rows.find((r) => r.values['被推荐对象'] === '郑州宇通物流有限公司')!.values;
    expect(row).toMatchObject({
      名次: '1',
      评审专家: '评审专家',
      专家单位: '区财政局',
      '工作成效(满分 10,权重 60)': '9',
      '示范带动(满分 5,权重 40)': '4.5',
      综合得分: '90',
      结果: '入围',
    });
    await page.close();
  });

  it('shows a unit operator no rank before 公示, while the office sees it on the same page', async () => {
    const office = await as('admin');
    expect(await resultOnUnitPage(office)).toBe('第 1 名 · 入围');
    await office.close();

    const page = await as('operator');
    expect(await page.getByRole('menuitem', { name: '排名与审批' }).count()).toBe(0);
    // The unit's page still loads; only the result is withheld.
    expect(await resultOnUnitPage(page)).toBe('—');
    await page.goto(`${system().adminUrl}/evaluation`);
    await page.getByText('无权访问').waitFor();
    await page.close();
  });
});
