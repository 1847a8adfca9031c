import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, launchBrowser, signIn } from '../support/browser.js';
import { postPublicList } from '../support/cycle.js';
import { system } from '../support/graphql.js';

const PUBLIC_YEAR = 2039;
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1400, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function as(username: string, viewport = DESK): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport });
  await signIn(page, system().adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

describe('each role’s pages', () => {
  it.each([
    ['admin', /\/tasks\/dashboard$/, '督导看板'],
    ['operator', /\/tasks\/mine$/, '我的任务'],
    ['evaluator', /\/scoring(\?review=[^&]+)?$/, '我的评审任务'],
    ['approver-hrss', /\/evaluation(\?review=[^&]+)?$/, '排名与审批'],
    ['partner', /\/tasks\/dashboard$/, '督导看板'],
  ])('lands %s on its own work after signing in', async (username, url, menu) => {
    const page = await as(username);
    await page.waitForURL(url);
    expect(await page.locator('.ant-menu-item-selected').textContent()).toBe(menu);
    await keepScreenshot(page, `pages/landing-${username}`);
    // `/` and an address the client does not know lead there too.
    await page.goto(`${system().adminUrl}/no-such-page`);
    await page.waitForURL(url);
    await page.close();
  });

  it('shows the partner department the calls without the office’s buttons', async () => {
    const page = await as('partner');
    await page.getByRole('menuitem', { name: '评选年度与名额' }).click();
    // The demo year's row (other files' years have windows in 2026 too).
    const row = page.locator('.ant-table-tbody tr', { hasText: /^\s*2026/ }).first();
    await row.waitFor();
    // The call's window in Beijing time, whatever the browser's zone.
    expect(await row.textContent()).toContain('2026-07-01 00:00 至');
    await keepScreenshot(page, 'pages/partner-cycles');
    expect(await page.getByRole('button', { name: /新建年度/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /结\s*束|设\s*置|设定名额|截止并冻结|进入评审/ }).count()).toBe(0);
    await page.close();
  });

  it('shows an approver the nominations without 新建推荐', async () => {
    const page = await as('approver-hrss');
    expect(await page.getByRole('menuitem', { name: '新建推荐' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '推荐列表' }).click();
    await page.getByTestId('total').waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await keepScreenshot(page, 'pages/approver-nominations');
    expect(await page.getByRole('button', { name: /新建推荐/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /上\s*报|撤\s*回|受\s*理/ }).count()).toBe(0);
    await page.close();
  });

  it('answers a page the role may not use with 无权访问, not a refused request', async () => {
    const page = await as('approver-hrss');
    await page.goto(`${system().adminUrl}/review-setup`);
    await page.getByText('无权访问').waitFor();
    expect(await page.getByText('FORBIDDEN').count()).toBe(0);
    await keepScreenshot(page, 'pages/forbidden');
    await page.getByRole('button', { name: '回到我的工作' }).click();
    await page.waitForURL(/\/evaluation(\?review=[^&]+)?$/);
    await page.close();
  });

  it('shows the spinner, not 暂无数据, while the nominations are on their way', async () => {
    const page = await as('operator');
    // The list's answer is held back for a while, as on a slow day.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if (/query Nomination(Cycles|List)\b/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await page.getByRole('menuitem', { name: '推荐列表' }).click();
    await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor();
    expect(await page.getByText('暂无数据').count()).toBe(0);
    release();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.close();
  });

  it('never submits a form when Enter is pressed in a date field', async () => {
    const page = await as('admin');
    await page.getByRole('menuitem', { name: '评选年度与名额' }).click();
    await page.getByRole('button', { name: /新建年度/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度', { exact: true }).fill('2099');
    const start = dialog.locator('.ant-picker-range input').first();
    await start.click();
    await start.fill('2099-07-01 00:00:00');
    await start.press('Enter');
    await page.waitForTimeout(1500);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.locator('.ant-table-tbody tr', { hasText: '2099' }).count()).toBe(0);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await page.close();
  });
});

describe('motion', () => {
  /**
   * Opens 新建年度 and lists the zoom classes its dialog carried: `ant-zoom-appear-active` while it
   * zooms in (without motion antd still passes the dialog through its brief `prepare` step).
   */
  async function dialogZoom(page: Page): Promise<string[]> {
    await page.getByRole('menuitem', { name: '评选年度与名额' }).click();
    await page.getByRole('button', { name: /新建年度/ }).waitFor();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { zoomSeen: string[] }).zoomSeen = seen;
      const note = (element: Element) => {
        for (const name of Array.from(element.classList)) if (name.startsWith('ant-zoom')) seen.push(name);
      };
      new MutationObserver((changes) => {
        for (const change of changes) {
          if (change.type === 'attributes') note(change.target as Element);
          for (const node of Array.from(change.addedNodes)) {
            if (node instanceof Element) for (const element of [node, ...Array.from(node.querySelectorAll('*'))]) note(element);
          }
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.getByRole('button', { name: /新建年度/ }).click();
    await page.getByRole('dialog').getByLabel('年度', { exact: true }).waitFor();
    // Read once the dialog has settled: with motion it passes through every step before that.
    await expect.poll(() => page.locator('.ant-modal').getAttribute('class')).not.toMatch(/ant-zoom/);
    return page.evaluate(() => [...new Set((window as unknown as { zoomSeen: string[] }).zoomSeen)]);
  }

  it('opens dialogs at once for a user who asked the system for less motion, and animated otherwise', async () => {
    // Every page of these tests is such a user's (launchBrowser), so no click meets a moving dialog.
    const still = await browser.newPage({ locale: 'zh-CN', viewport: DESK });
    await signIn(still, system().adminUrl, 'admin');
    expect(await still.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    expect(await dialogZoom(still)).not.toContain('ant-zoom-appear-active');
    await still.close();

    const moving = await browser.newPage({ locale: 'zh-CN', viewport: DESK, reducedMotion: 'no-preference' });
    await signIn(moving, system().adminUrl, 'admin');
    expect(await dialogZoom(moving)).toContain('ant-zoom-appear-active');
    await moving.close();
  });
});

describe('on a phone (390 px)', () => {
  /** The menu is folded away and the page has the width: no title crushed to a character a line. */
  async function fitsThePhone(page: Page, title: string) {
    expect(await page.getByTestId('menu-sider').count()).toBe(0);
    expect(await page.getByTestId('menu-toggle').isVisible()).toBe(true);
    const content = await page.getByTestId('main-content').boundingBox();
    expect(content!.width).toBeGreaterThanOrEqual(300);
    const heading = await page.locator('.ant-card-head-title', { hasText: title }).first().boundingBox();
    expect(heading!.width).toBeGreaterThanOrEqual(title.length * 12);
    expect(heading!.height).toBeLessThan(40);
    // Wide tables scroll inside themselves; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  it('gives a township operator its tasks and nominations', async () => {
    const page = await as('operator', PHONE);
    await page.waitForURL(/\/tasks\/mine$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await fitsThePhone(page, '我的任务');
    await keepScreenshot(page, 'pages/phone-operator-tasks');

    await page.getByTestId('menu-toggle').click();
    await page.getByRole('menuitem', { name: '推荐列表' }).click();
    await page.waitForURL(/\/nominations$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expect.poll(() => page.locator('.ant-drawer-content-wrapper:visible').count()).toBe(0);
    await fitsThePhone(page, '典型推荐');
    await keepScreenshot(page, 'pages/phone-operator-nominations');

    await page.getByTestId('menu-toggle').click();
    await page.getByRole('menuitem', { name: '新建推荐' }).click();
    await page.waitForURL(/\/nominations\/new$/);
    await page.locator('form').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await keepScreenshot(page, 'pages/phone-operator-new-nomination');
    await page.close();
  });

  it('gives an evaluator the nominations to score', async () => {
    const page = await as('evaluator', PHONE);
    await page.waitForURL(/\/scoring(\?review=[^&]+)?$/);
    await page.getByTestId('review-select').waitFor();
    await fitsThePhone(page, '我的评审任务');
    await keepScreenshot(page, 'pages/phone-evaluator-scoring');
    await page.close();
  });
});

describe('the public page', () => {
  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await postPublicList(PUBLIC_YEAR);
    const visitor = await browser.newPage({ locale: 'zh-CN', viewport: DESK });
    await visitor.goto(`${system().adminUrl}/public?year=${PUBLIC_YEAR}`);
    await visitor.getByText(`${PUBLIC_YEAR}年度流动人口社会融合十类典型拟表彰名单公示`).waitFor();
    await visitor.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await visitor.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a page global
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    await keepScreenshot(visitor, 'pages/public-list');
    expect(violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await visitor.close();
  });
});
