import { idNumberCheckChar } from '@ronghe/types';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  dropdownsClosed,
  keepScreenshot,
  launchBrowser,
  signIn,
  pick,
  pickByName,
  pickDate,
  confirmStep,
} from '../support/browser.js';
import { type RunningTestSystem, startTestSystem } from '../support/test-system.js';

// The notice's whole programme year in the admin client, by every role signing in through the login
// page, on a system of its own whose clock the test moves (RONGHE_CLOCK_FILE): the only step that
// bypasses the UI. It starts on 1 September with the registry, the year's plan and a progress
// report on it, before the call opens. The dates fall around National Day 2026, so the 公示 is
// counted on the official holiday calendar: five working days from Monday 28 September end on
// Friday 9 October, not on the 2nd.
const YEAR = 2042;
const EMPLOYER = '郑州宇通物流有限公司';
const COMMUNITY = '十八里河社区';
const DEEDS = '吸纳外来务工人员就业 300 余人,劳动合同签订率 100%,为务工人员提供集体宿舍和技能培训。';
const ADDED = '补充:2042年帮助46名外来务工人员取得职业资格证书。';
const COMMUNITY_DEEDS = '建立一站式公共服务大厅,流动人口服务登记建档率达到100%,组织技能培训12期。';
const DECISION = '管人社〔2026〕58号';
// A migrant worker the company took on, registered by the office.
const WORKER = '郑年融';
const WORKER_ID = `41162219950615123${idNumberCheckChar('41162219950615123')}`;
// The year's plan, registered by the office from its published text: task (一) is handed to the township.
const PLAN_NUMBER = '管政办〔2026〕18号';
const PLAN_TITLE = '2026年推进流动人口融合工作实施方案';
const PLAN_TASK = '做好流动人口随迁子女入学服务';
const PLAN_TEXT = [
  PLAN_TITLE,
  '为深入推进流动人口社会融合,结合我区实际,制定本方案。',
  '一、工作目标',
  '流动人口基本公共服务覆盖率进一步提高,社会融合水平明显提升。',
  '二、主要任务',
  `(一)${PLAN_TASK}`,
  '摸清辖区流动人口随迁子女入学需求,协助办理入学手续,做到应入尽入。',
  '(责任单位:十八里河镇、区教育体育局)',
  '(二)加强流动人口就业服务',
  '为外来务工人员提供职业介绍和技能培训,推动用工单位依法签订劳动合同。',
  '(责任单位:各乡镇、街道办事处,区人力资源和社会保障局)',
  '三、保障措施',
  '各责任单位要明确分管领导和工作人员,按季度报告工作进展。',
].join('\n');
const INDICATOR = '协助随迁子女办理入学手续';
const REPORT = '本季度摸排随迁子女入学需求 52 人,协助 30 人办理入学手续,均已入学。';
// A one-page PDF, as a unit would upload it.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let sut: RunningTestSystem;
let browser: Browser;
let clockDir: string;
let clockFile: string;
/** The instant the clock was last set to, and when (real time): the servers' clock runs on from there. */
let setTo = { at: 0, realAt: 0 };
const now = () => new Date(setTo.at + (Date.now() - setTo.realAt));
const open: Page[] = [];

/** Moves every server's clock (and every open page's) to `iso`: a rename, so no process reads half a file. */
async function moveClock(iso: string) {
  const next = join(clockDir, 'next');
  await writeFile(next, iso);
  await rename(next, clockFile);
  setTo = { at: Date.parse(iso), realAt: Date.now() };
  for (const page of open.filter((p) => !p.isClosed())) await page.clock.setSystemTime(now());
}

// The machine is shared and slow: a page may take a while to show what the server answered.
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

beforeAll(async () => {
  clockDir = await mkdtemp(join(tmpdir(), 'ronghe-year-'));
  clockFile = join(clockDir, 'clock');
  await moveClock('2026-09-01T09:00:00+08:00');
  sut = await startTestSystem({ RONGHE_CLOCK_FILE: clockFile }, { timeoutMs: 300_000 });
  // The system took a while to start; the year begins on the morning of 1 September.
  await moveClock('2026-09-01T09:00:00+08:00');
  browser = await launchBrowser();
}, 420_000);
afterAll(async () => {
  await browser?.close();
  await sut?.stop();
  await rm(clockDir, { recursive: true, force: true });
});

// A failed step leaves what each open page showed, to see where the year stopped.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const [i, page] of open.entries()) if (!page.isClosed()) await keepScreenshot(page, `year/failed-${task.name.slice(0, 20)}-${i}`);
});

/** A browser in Beijing whose own clock is the system's, signed in as `username` through the login page. */
async function as(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1500, height: 1000 } });
  await page.clock.setSystemTime(now());
  open.push(page);
  await signIn(page, sut.adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

let step = 0;
const shot = (page: Page, name: string) => keepScreenshot(page, `year/${String(++step).padStart(2, '0')}-${name}`);

const confirmDialog = (page: Page) => page.locator('.ant-modal-confirm');
const cycleRow = (page: Page) => page.locator('.ant-table-tbody tr', { hasText: String(YEAR) }).first();
const nominationRow = (page: Page, nominee: string) => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: nominee });
const statusOf = (row: Locator) => row.locator('.ant-tag').first().textContent();

/** Closes the open drawer; antd keeps it in the page, only its content is hidden. */
async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await poll(() => page.locator('.ant-drawer-content-wrapper:visible').count()).toBe(0);
}

async function nominationsOfYear(page: Page) {
  await page.getByRole('menuitem', { name: '推荐列表' }).click();
  await choose(page, 'cycle-filter', `${YEAR} 年度`);
}

describe(`the ${YEAR} programme year, in the admin client alone`, () => {
  it('the office keeps the registry: a company’s contacts in the unit form, and a worker it took on', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '单位名录' }).click();
    await office.getByPlaceholder('按名称或简称查找').fill(EMPLOYER);
    await office.getByPlaceholder('按名称或简称查找').press('Enter');
    await office.getByRole('link', { name: EMPLOYER, exact: true }).first().click();
    await office.locator('.ant-card-head-title', { hasText: EMPLOYER }).first().waitFor();
    await office.getByRole('button', { name: /^修\s*改$/ }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('联系人').fill('王建国');
    await dialog.getByLabel('联系电话').fill('0371-66881234');
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const details = office.locator('.ant-descriptions');
    await poll(() => details.first().textContent()).toContain('王建国');
    expect(await details.first().textContent()).toContain('0371-66881234');
    await shot(office, 'registry-edited');

    // A worker the company took on, living in 十八里河社区: the ID number is shown masked.
    await office.getByRole('menuitem', { name: '外来务工人员' }).click();
    await office.getByRole('button', { name: '登记人员' }).click();
    const person = office.getByRole('dialog');
    await person.getByLabel('姓名').fill(WORKER);
    await choose(office, 'person-gender', '男');
    await person.getByLabel('身份证号').fill(WORKER_ID);
    await person.getByLabel('户籍城市').fill('周口市');
    await pickByName(person, 'person-community', COMMUNITY);
    await pickByName(person, 'person-employer', EMPLOYER);
    await person.getByRole('button', { name: /^登\s*记$/ }).click();
    await person.waitFor({ state: 'hidden' });
    await office.getByPlaceholder('按姓名查找').fill(WORKER);
    await office.getByPlaceholder('按姓名查找').press('Enter');
    const row = office.locator('.ant-table-tbody tr', { hasText: WORKER });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(`${WORKER_ID.slice(0, 4)}**********${WORKER_ID.slice(-4)}`);
    expect(await row.textContent()).toContain(COMMUNITY);
    await shot(office, 'registry-person');
    await office.close();
  }, 300_000);

  it('the office registers the year’s plan, creates its tasks from the text and hands task (一) to the township', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '政策文件' }).click();
    await office.getByRole('button', { name: '登记文件' }).click();
    const form = office.getByRole('dialog');
    await form.getByLabel('标题').fill(PLAN_TITLE);
    await form.getByLabel('索引号').fill('005275134/2026-00018');
    await form.getByLabel('主题分类').fill('流动人口');
    await form.getByLabel('文号').fill(PLAN_NUMBER);
    await pickDate(form, '成文日期', '2026-08-20');
    await pickDate(form, '发布日期', '2026-08-25');
    await form.getByLabel('正文').fill(PLAN_TEXT);
    await form.getByRole('button', { name: /^登\s*记$/ }).click();
    await form.waitFor({ state: 'hidden' });
    await poll(() => office.locator('.ant-card-head-title').first().textContent()).toBe(`${PLAN_NUMBER} ${PLAN_TITLE}`);

    // The tasks and their units, read from the text and checked against the registry.
    await office.getByRole('button', { name: '按全文建立任务' }).click();
    const draft = office.getByRole('dialog');
    await poll(() => draft.locator('tr[data-draft-code]').count()).toBe(2);
    expect(await draft.getByTestId('draft-units-一').textContent()).toBe('十八里河镇区教育体育局');
    expect(await draft.getByTestId('draft-units-二').textContent()).toMatch(/各乡镇、街道办事处（\d+ 个）区人力资源和社会保障局/);
    await shot(office, 'plan-draft');
    await draft.getByRole('button', { name: '建立任务' }).click();
    await draft.waitFor({ state: 'hidden' });
    await poll(() => office.getByTestId('document-tasks').locator('tbody tr').count()).toBe(2);

    // In 任务分解: the township leads task (一), which gets a deadline and a counted indicator.
    await office.getByRole('button', { name: '任务分解' }).click();
    const task = office.locator('tr[data-task-code="一"]');
    await poll(() => task.textContent()).toContain(PLAN_TASK);
    await task.locator('.ant-select', { hasText: '指定牵头单位' }).click();
    await office.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^十八里河镇$/ }).click();
    await dropdownsClosed(office);
    await poll(() => confirmDialog(office).locator('.ant-modal-confirm-title').textContent()).toBe('指定「十八里河镇」为(一)的牵头单位?');
    await confirmDialog(office)
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    await poll(() => task.getByTestId('units-一').textContent()).toBe('十八里河镇(牵头)区教育体育局');

    await task.getByRole('button', { name: '调整期限' }).click();
    const schedule = office.getByRole('dialog');
    await pickDate(schedule, '完成期限', '2026-12-31');
    await schedule.getByRole('button', { name: /^保\s*存$/ }).click();
    await schedule.waitFor({ state: 'hidden' });
    await poll(() => task.textContent()).toContain('2026-12-31');

    await task.getByRole('button', { name: '添加指标' }).click();
    const indicator = office.getByRole('dialog');
    await indicator.getByLabel('指标名称').fill(INDICATOR);
    await indicator.getByLabel('数量', { exact: true }).check();
    await indicator.getByLabel('目标值').fill('30');
    await indicator.getByLabel('计量单位').fill('人');
    await indicator.getByRole('button', { name: /^添\s*加$/ }).click();
    await indicator.waitFor({ state: 'hidden' });
    await poll(() => task.textContent()).toContain(`${INDICATOR}:30人`);
    await shot(office, 'plan-tasks');
    await office.close();
  }, 300_000);

  it('the township reports its progress on task (一) with evidence attached', async () => {
    const operator = await as('operator');
    await operator.getByRole('menuitem', { name: '我的任务' }).click();
    const row = operator.locator('tr[data-task-code="一"]', { hasText: PLAN_NUMBER });
    await poll(() => row.textContent()).toContain('尚未报告');
    expect(await row.textContent()).toContain('牵头');
    await row.getByRole('button', { name: '报告进展' }).click();
    const form = operator.getByRole('dialog');
    await poll(() => form.getByTestId('period-select').textContent()).toContain('2026');
    await form.getByLabel(INDICATOR).fill('30');
    await form.getByLabel('工作进展').fill(REPORT);
    await form.locator('input[type="file"]').setInputFiles({ name: '随迁子女入学台账.pdf', mimeType: 'application/pdf', buffer: PDF });
    await poll(() => form.locator('.ant-upload-list-item-done').count()).toBe(1);
    await shot(operator, 'progress-report');
    await form.getByRole('button', { name: '提交报告' }).click();
    await form.waitFor({ state: 'hidden' });
    await poll(() => row.getByTestId('latest-report').textContent()).toContain('待审核');
    await operator.close();
  }, 300_000);

  it('the office accepts the report, and the township sees it accepted and the task done', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '进展审核' }).click();
    const pending = office.locator('.ant-table-tbody tr', { hasText: REPORT });
    await poll(() => pending.textContent()).toContain('随迁子女入学台账.pdf');
    expect(await pending.textContent()).toContain(`${INDICATOR}:30人(目标 30人)`);
    await pending.getByRole('button', { name: /^采\s*纳$/ }).click();
    await poll(() => pending.count()).toBe(0);
    // Among the accepted reports, with its evidence.
    await office.locator('.ant-segmented').getByText('已采纳', { exact: true }).click();
    await poll(() => pending.locator('.ant-tag').last().textContent()).toBe('已采纳');
    await shot(office, 'report-accepted');
    await office.close();

    const operator = await as('operator');
    await operator.getByRole('menuitem', { name: '我的任务' }).click();
    const row = operator.locator('tr[data-task-code="一"]', { hasText: PLAN_NUMBER });
    await poll(() => row.getByTestId('latest-report').textContent()).toContain('已采纳');
    await poll(() => row.getByTestId('assignment-status').textContent()).toBe('已完成');
    await shot(operator, 'task-done');
    await operator.close();
  }, 300_000);

  it('the office creates the year and opens the call', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '评选年度与名额' }).click();
    await office.getByRole('button', { name: /新建年度/ }).click();
    const dialog = office.getByRole('dialog').filter({ hasText: '新建评选年度' });
    await dialog.getByLabel('年度', { exact: true }).fill(String(YEAR));
    const [opens, closes] = [dialog.locator('.ant-picker-range input').first(), dialog.locator('.ant-picker-range input').nth(1)];
    await opens.click();
    await opens.fill('2026-09-01 08:00:00');
    await opens.press('Enter');
    await closes.click();
    await closes.fill('2026-09-25 18:00:00');
    await closes.press('Enter');
    await poll(() => closes.inputValue()).toBe('2026-09-25 18:00:00');
    expect(await opens.inputValue()).toBe('2026-09-01 08:00:00');
    await dialog.getByRole('button', { name: /^新\s*建$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = cycleRow(office);
    await poll(() => statusOf(row)).toBe('草稿');
    expect(await row.textContent()).toContain('2026-09-01 08:00 至 2026-09-25 18:00');

    await row.getByRole('button', { name: '开始申报' }).click();
    await confirmDialog(office)
      .getByText(/各推荐单位即可在申报时间内填报和上报推荐/)
      .waitFor();
    await confirmDialog(office).getByRole('button', { name: '确认开始申报' }).click();
    await poll(() => statusOf(row)).toBe('申报中');
    await shot(office, 'call-open');
    await office.close();
  }, 300_000);

  it('the township puts forward a company with an attachment and a community, and submits both', async () => {
    const operator = await as('operator');
    // A company, saved as a draft first: its evidence is attached before it goes to the office.
    await operator.getByRole('menuitem', { name: '新建推荐' }).click();
    await choose(operator, 'cycle-select', `${YEAR} 年度`);
    await choose(operator, 'category-select', '用工单位');
    await choose(operator, 'nominee-picker', EMPLOYER);
    await operator.getByLabel('事迹材料').fill(DEEDS);
    await operator.getByRole('button', { name: '保存草稿' }).click();
    await operator.waitForURL(/\/nominations$/);
    await choose(operator, 'cycle-filter', `${YEAR} 年度`);
    const company = nominationRow(operator, EMPLOYER);
    await poll(() => statusOf(company)).toBe('草稿');
    await company.getByRole('button', { name: /^修\s*改$/ }).click();
    const drawer = operator.locator('.ant-drawer');
    await drawer.locator('input[type=file]').setInputFiles({ name: '劳动合同签订情况.pdf', mimeType: 'application/pdf', buffer: PDF });
    await operator.getByTestId('attachment-list').getByText('劳动合同签订情况.pdf').waitFor();
    await shot(operator, 'nomination-attachment');
    await closeDrawer(operator);
    await company.getByRole('button', { name: /^上\s*报$/ }).click();
    await poll(() => statusOf(company)).toBe('已上报');

    // A community, put forward and submitted at once.
    await operator.getByRole('menuitem', { name: '新建推荐' }).click();
    await choose(operator, 'cycle-select', `${YEAR} 年度`);
    await choose(operator, 'category-select', '社区(都市村庄)');
    await choose(operator, 'nominee-picker', COMMUNITY);
    await operator.getByLabel('事迹材料').fill(COMMUNITY_DEEDS);
    await operator.getByRole('button', { name: /保存并上报/ }).click();
    await operator.waitForURL(/\/nominations$/);
    await choose(operator, 'cycle-filter', `${YEAR} 年度`);
    await poll(() => statusOf(nominationRow(operator, COMMUNITY))).toBe('已上报');
    await shot(operator, 'nominations-submitted');
    await operator.close();
  }, 300_000);

  it('the office accepts one and returns the other; the township edits it and the office accepts it', async () => {
    const office = await as('admin');
    await nominationsOfYear(office);
    await nominationRow(office, COMMUNITY)
      .getByRole('button', { name: /^受\s*理$/ })
      .click();
    await poll(() => statusOf(nominationRow(office, COMMUNITY))).toBe('已受理');
    await nominationRow(office, EMPLOYER)
      .getByRole('button', { name: /^退\s*回$/ })
      .click();
    const reason = office.getByRole('dialog').filter({ hasText: '退回修改' });
    await reason.getByRole('textbox').fill('请补充职业资格证书情况');
    await reason.getByRole('button', { name: /^确\s*定$/ }).click();
    await reason.waitFor({ state: 'hidden' });
    await poll(() => statusOf(nominationRow(office, EMPLOYER))).toBe('已退回');

    const operator = await as('operator');
    await nominationsOfYear(operator);
    const company = nominationRow(operator, EMPLOYER);
    await poll(() => statusOf(company)).toBe('已退回');
    await company.getByRole('button', { name: /^修\s*改$/ }).click();
    // The township reads why it came back.
    await operator.locator('.ant-drawer').getByText('已退回:请补充职业资格证书情况').waitFor();
    const deeds = operator.getByTestId('nomination-edit').getByLabel('事迹材料');
    await poll(() => deeds.inputValue()).toBe(DEEDS);
    await deeds.fill(`${DEEDS}${ADDED}`);
    await operator.getByRole('button', { name: '保存修改', exact: true }).click();
    await operator.getByTestId('nomination-edit').waitFor({ state: 'detached' });
    await operator.locator('.ant-drawer-body', { hasText: ADDED }).waitFor();
    await closeDrawer(operator);
    await company.getByRole('button', { name: /^上\s*报$/ }).click();
    await poll(() => statusOf(company)).toBe('已上报');
    await operator.close();

    await office.reload();
    await choose(office, 'cycle-filter', `${YEAR} 年度`);
    await nominationRow(office, EMPLOYER)
      .getByRole('button', { name: /^受\s*理$/ })
      .click();
    await poll(() => statusOf(nominationRow(office, EMPLOYER))).toBe('已受理');
    await shot(office, 'nominations-accepted');
    await office.close();
  }, 300_000);

  it('after the window, the office freezes the call and takes it into review', async () => {
    // Monday 28 September: the window closed on Friday the 25th.
    await moveClock('2026-09-28T09:00:00+08:00');
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '评选年度与名额' }).click();
    const row = cycleRow(office);
    await row.getByRole('button', { name: '截止并冻结' }).click();
    const dialog = office.locator('.ant-modal', { hasText: `截止并冻结 ${YEAR} 年度申报` });
    await dialog.getByTestId('freeze-impact').waitFor();
    // The window has ended: no reason is asked for.
    expect(await dialog.getByText(/提前截止请填写理由/).count()).toBe(0);
    await dialog.getByRole('button', { name: '确认截止并冻结' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => statusOf(row)).toBe('已截止');
    expect(await row.getByText('提前截止').count()).toBe(0);

    await row.getByRole('button', { name: '进入评审' }).click();
    await confirmDialog(office)
      .getByText(/本年度不再受理、退回或调整推荐。此操作不能撤销/)
      .waitFor();
    await confirmDialog(office).getByRole('button', { name: '确认进入评审' }).click();
    await poll(() => statusOf(row)).toBe('评审中');
    await shot(office, 'call-in-review');
    await office.close();
  }, 300_000);

  it('the office creates the review with its rubric, starts scoring and assigns the evaluator', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '评审设置' }).click();
    await office.getByRole('button', { name: /新建评审/ }).click();
    const dialog = office.getByRole('dialog').filter({ hasText: '新建评审' });
    await pick(dialog, 'cycle-select', `${YEAR} 年度`);
    await poll(() => dialog.getByTestId('agency-select').textContent()).toContain('区人力资源和社会保障局');
    await dialog.getByLabel('第 1 项细则名称').fill('工作成效');
    await dialog.getByLabel('第 1 项细则权重').fill('60');
    await dialog.getByLabel('第 1 项细则满分').fill('10');
    await dialog.getByRole('button', { name: '添加细则' }).click();
    await dialog.getByLabel('第 2 项细则名称').fill('示范带动');
    await dialog.getByLabel('第 2 项细则权重').fill('40');
    await dialog.getByLabel('第 2 项细则满分').fill('5');
    await dialog.getByLabel('每个推荐的评审专家人数').fill('1');
    await dialog.getByLabel('联合表彰名额(前 N 名)').fill('1');
    await pick(dialog, 'method-select', /^平均分$/);
    await shot(office, 'review-form');
    await dialog.getByRole('button', { name: '建立评审' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => office.getByTestId('review-select').textContent()).toContain(`${YEAR}年度十类典型考核评审`);
    await poll(() => office.locator('input[value="示范带动"]').count()).toBe(1);

    await office.getByRole('button', { name: /开始评分/ }).click();
    await poll(() => confirmDialog(office).textContent()).toContain('评分细则(2 项)');
    await confirmDialog(office).getByRole('button', { name: '开始评分' }).click();
    await office.getByText('评分已开始,评分细则和规则已冻结').waitFor();

    const board = office.getByTestId('assignment-board');
    for (const nominee of [EMPLOYER, COMMUNITY]) {
      const row = board.locator('.ant-table-tbody tr').filter({ hasText: nominee });
      await row.getByRole('combobox').click();
      await office
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^评审专家$/ })
        .first()
        .click();
      await dropdownsClosed(office);
      await poll(() => row.getByTestId('seat-evaluator').textContent()).toContain('评审专家');
    }
    await shot(office, 'review-assigned');
    await office.close();
  }, 300_000);

  it('the evaluator scores both in 我的评审任务, with the evidence beside the form, and submits', async () => {
    const evaluator = await as('evaluator');
    await evaluator.getByRole('menuitem', { name: '我的评审任务' }).click();
    await choose(evaluator, 'review-select', `${YEAR}年度`);
    await poll(() => evaluator.getByTestId('pending-reminder').textContent()).toBe('您还有 2 个推荐未提交评分');
    for (const [nominee, marks] of [
      [EMPLOYER, ['9', '4.5']],
      [COMMUNITY, ['7', '3']],
    ] as const) {
      const card = evaluator.getByTestId(`score-card-${nominee}`);
      await card.waitFor();
      if (nominee === EMPLOYER) {
        await poll(() => card.getByTestId('nomination-attachments').textContent()).toContain('劳动合同签订情况.pdf');
        expect(await card.getByTestId('nomination-details').textContent()).toContain(ADDED);
      }
      await card.getByLabel('工作成效(满分 10,权重 60)').fill(marks[0]);
      await card.getByLabel('示范带动(满分 5,权重 40)').fill(marks[1]);
      await card.getByRole('button', { name: /提交评分/ }).click();
      await confirmDialog(evaluator)
        .getByText(/提交后评分即锁定/)
        .waitFor();
      await confirmDialog(evaluator)
        .getByRole('button', { name: /确认提交/ })
        .click();
      await card.getByText('已提交').waitFor();
    }
    await poll(() => evaluator.getByTestId('pending-reminder').count()).toBe(0);
    await shot(evaluator, 'scores-submitted');
    await evaluator.close();
  }, 300_000);

  it('the office computes the ranking and both agencies approve it', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '排名与审批' }).click();
    await choose(office, 'review-select', `${YEAR}年度`);
    await poll(() => office.getByTestId('review-status').textContent()).toBe('评分中');
    await office.getByRole('button', { name: /计算排名/ }).click();
    await confirmDialog(office).getByRole('button', { name: '计算排名' }).click();
    await poll(() => office.getByTestId('review-status').textContent()).toBe('已排名');
    const ranked = office.locator('.ant-table-tbody tr.ant-table-row');
    // 9 of 10 at 60% and 4.5 of 5 at 40% make 90; 7 and 3 make 66. One place on the list.
    await poll(async () => (await ranked.allTextContents()).map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(new RegExp(`^1${EMPLOYER}用工单位十八里河镇90`)),
      expect.stringMatching(new RegExp(`^2${COMMUNITY}社区\\(都市村庄\\)十八里河镇66`)),
    ]);
    await shot(office, 'ranked');
    await office.close();

    for (const [username, status] of [
      ['approver-hrss', '已排名'],
      ['approver-hfpc', '已审批'],
    ] as const) {
      const approver = await as(username);
      await approver.getByRole('menuitem', { name: '排名与审批' }).click();
      await choose(approver, 'review-select', `${YEAR}年度`);
      await approver.getByText(EMPLOYER).first().waitFor();
      await approver.getByRole('button', { name: /审批通过本版名单/ }).click();
      await confirmStep(approver, '审批通过');
      await poll(() => approver.getByTestId('review-status').textContent()).toBe(status);
      await shot(approver, `approved-${username}`);
      await approver.close();
    }
  }, 300_000);

  it('the office posts the list, and makes it final only after the 公示 has ended on the working-day calendar', async () => {
    const office = await as('admin');
    await office.getByRole('menuitem', { name: '公示与异议' }).click();
    await choose(office, 'review-select', `${YEAR}年度`);
    await office.getByRole('button', { name: /开始公示/ }).click();
    await confirmStep(office, '开始公示');
    const period = office.getByTestId('publicity-period');
    // Five working days from Monday 28 September: 28, 29, 30 September, then 8 and 9 October after the holiday.
    await poll(() => period.textContent()).toContain('公示期:2026-09-28 至 2026-10-09');
    await shot(office, 'publicity-started');

    // On the last day of the 公示 the list cannot yet be made final.
    await moveClock('2026-10-09T15:00:00+08:00');
    await office.getByRole('button', { name: '确定表彰名单' }).click();
    const finalize = office.getByRole('dialog').filter({ hasText: '表彰决定文号' });
    await finalize.getByLabel('表彰决定文号').fill(DECISION);
    await finalize.getByRole('button', { name: /确定表彰名单/ }).click();
    await poll(() => finalize.getByTestId('form-error').textContent()).toContain('公示期至 2026-10-09 结束,之后才能确定表彰名单');
    await shot(office, 'final-refused');
    await finalize.getByRole('button', { name: /取\s*消/ }).click();
    await finalize.waitFor({ state: 'hidden' });

    // The Monday after: the 公示 is over.
    await moveClock('2026-10-12T09:30:00+08:00');
    await office.getByRole('button', { name: '确定表彰名单' }).click();
    await finalize.getByLabel('表彰决定文号').fill(DECISION);
    await finalize.getByRole('button', { name: /确定表彰名单/ }).click();
    await finalize.waitFor({ state: 'hidden' });
    await poll(() => period.textContent()).toContain(`表彰决定:${DECISION},2026-10-12`);
    await shot(office, 'final');

    await office.getByRole('menuitem', { name: '排名与审批' }).click();
    await choose(office, 'review-select', `${YEAR}年度`);
    await poll(() => office.getByTestId('review-status').textContent()).toBe('已表彰');
    await office.getByRole('button', { name: '联合表彰决定(PDF)' }).waitFor();
    await office.close();
  }, 300_000);

  it('shows the commended list and the decision, with its 文号 and date, on the public page', async () => {
    const visitor = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await visitor.clock.setSystemTime(now());
    await visitor.goto(`${sut.adminUrl}/public?year=${YEAR}`);
    await visitor.getByText(`${YEAR}年度流动人口社会融合十类典型表彰名单`).waitFor();
    const names = visitor.getByTestId('public-list').locator('.ant-table-tbody tr td:nth-child(2)');
    expect(await names.allTextContents()).toEqual([EMPLOYER]);
    const decision = await visitor.getByTestId('public-decision').textContent();
    expect(decision).toContain(`(${DECISION})`);
    expect(decision).toContain('2026-10-12');
    expect(await visitor.getByTestId('public-issuers').textContent()).toContain('区人力资源和社会保障局区人口和计划生育委员会2026-10-12');
    await shot(visitor, 'public-list');
    await visitor.close();
  }, 120_000);
});
