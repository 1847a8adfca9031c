import { addDays, beijingDate } from '@ronghe/types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropdownsClosed, launchBrowser, pickDate, signIn } from '../support/browser.js';
import { gateway, login, system } from '../support/graphql.js';

// 十八里河镇 holds task (一) of the current work plan (deadline 12-31 of this year). Its operator
// decomposes it into a sub-task of the township's own plan, led by 十八里河社区, a community within
// its jurisdiction, and measures it by a COUNT indicator. Tasks (四) and (八) belong to other tests.
const PARENT_CODE = '一';
const TITLE = '十八里河社区流动人口同住子女入学服务';
const REQUIREMENT = '摸清辖区流动人口同住子女入学需求,协助办理入学手续,做到应入尽入。';
const INDICATOR = '协助办理入学手续';

const today = beijingDate(new Date());
const year = Number(today.slice(0, 4));
const PARENT_DEADLINE = `${year}-12-31`;
// Two weeks from now, but before the parent's deadline.
const DEADLINE = [addDays(today, 14), `${year}-12-30`].sort()[0]!;
const TOO_LATE = `${year + 1}-01-15`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  await signIn(page, system().adminUrl, 'operator');
  await page.getByTestId('account-name').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('a township operator in the admin client', () => {
  it('sees the menu entries of its role, not the office’s or the evaluators’', async () => {
    const entries = await page.getByRole('menuitem').allTextContents();
    for (const entry of ['单位名录', '我的任务', '任务分解', '新建推荐', '数据导入']) expect(entries).toContain(entry);
    for (const entry of ['账号与角色', '审计日志', '督导看板', '评审设置', '我的评审任务', '公示与异议'])
      expect(entries).not.toContain(entry);
  });
});

describe('a township decomposes a task of the plan in force in the admin client', () => {
  it('hands a sub-task to a community within its jurisdiction, as lead, and sets its indicator', async () => {
    await page.getByRole('menuitem', { name: '任务分解' }).click();
    const parent = page.locator(`tr[data-task-code="${PARENT_CODE}"]`);
    await expect.poll(() => parent.count(), { timeout: 15_000 }).toBe(1);
    expect(await parent.textContent()).toContain(PARENT_DEADLINE);

    await parent.getByRole('button', { name: '分解任务' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('子任务名称').fill(TITLE);
    await dialog.getByLabel('工作要求').fill(REQUIREMENT);
    await pickDate(dialog, '完成期限', TOO_LATE);
    // The picker offers the units within the township's jurisdiction, not the township itself.
    await dialog.getByTestId('sub-task-units').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allTextContents()).toContain('十八里河社区(十八里河镇)');
    expect(await options.allTextContents()).not.toContain('十八里河镇');
    expect(await options.allTextContents()).not.toContain('南曹社区(南曹乡)');
    await options.filter({ hasText: '十八里河社区' }).first().click();
    await dialog.locator('.ant-modal-title').click();
    await dropdownsClosed(page);
    await dialog.getByTestId('sub-task-lead').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '十八里河社区' }).first().click();
    await dropdownsClosed(page);

    // A deadline after the parent's: the server refuses it and the dialog says why.
    await dialog.getByRole('button', { name: /^分\s*解$/ }).click();
    await expect.poll(() => dialog.getByTestId('form-error').textContent()).toBe(`子任务的期限不能晚于上级任务的期限 ${PARENT_DEADLINE}`);

    await pickDate(dialog, '完成期限', DEADLINE);
    await dialog.getByRole('button', { name: /^分\s*解$/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The sub-task shows under its parent, in the township's own plan, led by the community.
    const row = page.locator('tr[data-task-code]', { hasText: TITLE });
    await expect.poll(() => row.count()).toBe(1);
    const code = await row.getAttribute('data-task-code');
    expect(code).toMatch(new RegExp(`^${PARENT_CODE}\\.\\d+$`));
    expect(await row.textContent()).toContain('十八里河镇 本级方案');
    expect(await row.textContent()).toContain(DEADLINE);
    await expect.poll(() => row.getByTestId(`units-${code}`).textContent()).toBe('十八里河社区(牵头)');

    // The township sets the sub-task's indicator: a count.
    await row.getByRole('button', { name: '添加指标' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('指标名称').fill(INDICATOR);
    await form.getByLabel('数量', { exact: true }).check();
    await form.getByLabel('目标值').fill('30');
    await form.getByLabel('计量单位').fill('人');
    await form.getByRole('button', { name: /^添\s*加$/ }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain(`${INDICATOR}:30人`);
    expect(await row.textContent()).toContain('数量');
    await page.screenshot({ path: 'test-results/admin-tasks-plan.png', fullPage: true });

    // The API agrees: one sub-task of (一), owned by the township, led by the community, counted.
    const { data, errors } = await gateway(
      `{ tasks(first: 50) { nodes { code deadline children { code title deadline ownerOrganization { name }
          indicators { name kind target unitOfMeasure } assignments(first: 10) { nodes { role organization { name } } } } } } }`,
      {},
      await login('operator'),
    );
    expect(errors).toBeUndefined();
    const main = data.tasks.nodes.find((t: { code: string }) => t.code === PARENT_CODE);
    expect(main.deadline).toBe(PARENT_DEADLINE);
    const sub = main.children.find((t: { title: string }) => t.title === TITLE);
    expect(sub).toEqual({
      code,
      title: TITLE,
      deadline: DEADLINE,
      ownerOrganization: { name: '十八里河镇' },
      indicators: [{ name: INDICATOR, kind: 'COUNT', target: 30, unitOfMeasure: '人' }],
      assignments: { nodes: [{ role: 'LEAD', organization: { name: '十八里河社区' } }] },
    });
  });
});
