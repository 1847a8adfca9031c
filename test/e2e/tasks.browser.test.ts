import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { gateway, login, system } from '../support/graphql.js';

// 十八里河镇 holds all eight tasks of the current work plan; task (四) is measured by one COUNT
// indicator (建成社区一站式公共服务大厅, target 20) and the demo data has no report on it.
const TASK_CODE = '四';
const INDICATOR = '建成社区一站式公共服务大厅';
const SUMMARY = '本季度新建社区一站式公共服务大厅 20 个,已全部投入使用。';

let browser: Browser;
let dir: string;
let evidencePath: string;
let assignment: { id: string; task: { id: string; code: string }; latestReport: { period: string } | null };

const rollupOfTask = async (token: string, taskId: string) => {
  const { data, errors } = await gateway(`{ supervisionOverview { byTask { taskId total onTrack atRisk overdue done } } }`, {}, token);
  expect(errors).toBeUndefined();
  return data.supervisionOverview.byTask.find((r: { taskId: string }) => r.taskId === taskId);
};

/** The numbers of one main task's row on the dashboard, as the page shows them. */
async function dashboardRow(page: Page, taskId: string) {
  await page.getByRole('menuitem', { name: '督导看板' }).click();
  const row = page.getByTestId(`task-rollup-${taskId}`);
  await row.waitFor();
  const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
  // 任务, 分工数, 正常推进, 有风险, 已逾期, 已完成, 红绿灯
  return {
    total: Number(cells[1]),
    onTrack: Number(cells[2]),
    atRisk: Number(cells[3]),
    overdue: Number(cells[4]),
    done: Number(cells[5]),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ronghe-evidence-'));
  evidencePath = path.join(dir, '服务大厅验收记录.txt');
  await writeFile(evidencePath, '十八里河镇社区一站式公共服务大厅验收记录:20 个大厅均已验收合格。\n');
  const operator = await login('operator');
  const { data, errors } = await gateway(`{ me { organization { id } } }`, {}, operator);
  expect(errors).toBeUndefined();
  // With no document named, the plans in force: the current work plan's eight tasks.
  const units = await gateway(
    `query ($org: ID) { assignments(organizationId: $org, first: 50) { nodes { id task { id code } latestReport { period } } } }`,
    { org: data.me.organization.id },
    operator,
  );
  assignment = units.data.assignments.nodes.find((a: typeof assignment) => a.task.code === TASK_CODE);
  expect(assignment).toBeDefined();
  expect(assignment.latestReport).toBeNull();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('task supervision in the admin client', () => {
  it('a township reports progress with evidence, the office accepts it and the dashboard shows the task done', async () => {
    const admin = await login('admin');
    const before = await rollupOfTask(admin, assignment.task.id);
    expect(before.done).toBeLessThan(before.total);

    // The township's operator reports this quarter's progress on task (四).
    const operator = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    const page = await operator.newPage();
    await signIn(page, system().adminUrl, 'operator');
    await page.getByTestId('account-name').waitFor();
    await page.getByRole('menuitem', { name: '我的任务' }).click();
    const row = page.locator(`tr[data-task-code="${TASK_CODE}"]`);
    await expect.poll(() => row.textContent()).toContain('尚未报告');
    await row.getByRole('button', { name: '报告进展' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel(INDICATOR).fill('20');
    await form.getByLabel('工作进展').fill(SUMMARY);
    await form.locator('input[type="file"]').setInputFiles(evidencePath);
    await expect.poll(() => form.locator('.ant-upload-list-item-done').count()).toBe(1);
    await form.getByRole('button', { name: '提交报告' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByTestId('latest-report').textContent()).toContain('待审核');
    await page.screenshot({ path: 'test-results/admin-tasks-inbox.png' });

    const { data } = await gateway(
      `query ($id: ID!) { assignment(id: $id) { latestReport { status summary values { value } evidence { fileName } } } }`,
      { id: assignment.id },
      admin,
    );
    expect(data.assignment.latestReport).toEqual({
      status: 'SUBMITTED',
      summary: SUMMARY,
      values: [{ value: 20 }],
      evidence: [{ fileName: '服务大厅验收记录.txt' }],
    });
    await operator.close();

    // The office sees the dashboard, accepts the report and sees the task's row change.
    const office = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    const adminPage = await office.newPage();
    await signIn(adminPage, system().adminUrl, 'admin');
    await adminPage.getByTestId('account-name').waitFor();
    const shown = await dashboardRow(adminPage, assignment.task.id);
    expect(shown.total).toBe(before.total);
    expect(shown.done).toBe(before.done);

    await adminPage.getByRole('menuitem', { name: '进展审核' }).click();
    const pending = adminPage.locator('tr', { hasText: SUMMARY });
    await pending.getByRole('button', { name: /采\s*纳/ }).click();
    await expect.poll(() => pending.count()).toBe(0);

    await expect.poll(async () => (await dashboardRow(adminPage, assignment.task.id)).done, { timeout: 15_000 }).toBe(before.done + 1);
    const after = await dashboardRow(adminPage, assignment.task.id);
    expect(after.total).toBe(before.total);
    expect(after.onTrack + after.atRisk + after.overdue).toBe(shown.onTrack + shown.atRisk + shown.overdue - 1);
    await adminPage.screenshot({ path: 'test-results/admin-tasks-dashboard.png', fullPage: true });
    expect((await rollupOfTask(admin, assignment.task.id)).done).toBe(before.done + 1);
    await office.close();
  });

  it('shows a unit’s tasks of the plans in force with their status on its page, and history on request', async () => {
    const admin = await login('admin');
    const { data, errors } = await gateway(
      `{ organizations(search: "十八里河镇", first: 1) { nodes { id all: assignments(first: 1) { totalCount } inForce: assignments(first: 1, validity: VALID) { totalCount } } } }`,
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    const unit = data.organizations.nodes[0];
    expect(unit.inForce.totalCount).toBe(8);
    expect(unit.all.totalCount).toBeGreaterThan(8);

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, system().adminUrl, 'admin');
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${system().adminUrl.replace(/\/$/, '')}/organizations/${unit.id}`);
    const rows = page.getByTestId('unit-tasks').locator('.ant-table-tbody tr.ant-table-row');
    // The page asks for the account, the unit, then its tasks: give a busy machine time for all three.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(8);
    const statuses = await rows.locator('.ant-tag').allTextContents();
    expect(statuses).toHaveLength(8);
    for (const status of statuses) expect(['正常推进', '有风险', '已逾期', '已完成']).toContain(status);
    expect(await page.getByTestId('unit-performance').textContent()).toMatch(/任务落实绩效 [\d.]+ 分 · 全区第 \d+ 名/);

    await page.getByTestId('unit-tasks-filter').getByText('全部(含已失效文件)').click();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe(`共 ${unit.all.totalCount} 项任务`);
    expect(await rows.filter({ hasText: '(已失效)' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
