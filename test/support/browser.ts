import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Debian's Chromium, headless, driven by playwright-core: the real browser the admin client meets.
 * Its pages are those of a user who asked the system for less motion (a page may ask otherwise): the
 * admin client then opens dialogs and menus without animating them, so a click never lands on a
 * button still zooming into place. Playwright emulates "no preference" unless told, which would
 * override a browser flag, so the default is set on every new context here.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options = {}) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

/** Signs in through the login page. */
export async function signIn(page: Page, adminUrl: string, username: string, password = 'Ronghe@2026') {
  await page.goto(adminUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Opens an Ant Design select by its test id and picks the option with the given text. */
export async function choose(page: Page, testId: string, option: string) {
  await selectOption(page.getByTestId(testId), option);
}

/** Picks an option of an Ant Design select inside `scope` (the page may hold another with the same test id). */
export async function pick(scope: Locator, testId: string, option: string | RegExp) {
  await selectOption(scope.getByTestId(testId), option);
}

/**
 * Opens `select`, clicks the option with the given text and checks the select now shows it; a
 * click a busy machine lost is made again.
 */
async function selectOption(select: Locator, option: string | RegExp) {
  const page = select.page();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  const shown = async () => (await select.locator('.ant-select-content').textContent()) ?? '';
  const took = async () => {
    const text = await shown();
    return typeof option === 'string' ? text.includes(option) : option.test(text);
  };
  for (let attempt = 1; attempt <= 3; attempt++) {
    await motionDone(page);
    await select.click();
    await item.click();
    await dropdownsClosed(page);
    for (let i = 0; i < 20 && !(await took()); i++) await page.waitForTimeout(100);
    if (await took()) return;
  }
  throw new Error(`the select shows "${await shown()}", not the option ${option}`);
}

/**
 * Types a name into a searchable select (a unit picker, the kinds) inside `scope` and picks the
 * option of exactly that name (a unit's option may add its parent in brackets).
 */
export async function pickByName(scope: Page | Locator, testId: string, name: string) {
  const page = 'keyboard' in scope ? scope : scope.page();
  const select = scope.getByTestId(testId);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${name}([((]|$)`) });
  // The choice is shown in the select's content (antd 6); a click a busy machine lost is made again.
  const shown = () => select.locator('.ant-select-content').textContent();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await select.click();
    await page.keyboard.type(name);
    // A unit picker searches the server: wait until its answer for the whole name is listed.
    await expect.poll(() => select.getAttribute('data-settled'), { timeout: 15_000 }).not.toBe('false');
    await expect.poll(() => option.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await option.first().click();
    await dropdownsClosed(page);
    // The name, not the id, once the choice took (a look-up may still be answering).
    for (let i = 0; i < 40 && !(await shown())?.includes(name); i++) await page.waitForTimeout(100);
    if ((await shown())?.includes(name)) return;
    // Clear what was typed before trying again.
    await page.keyboard.press('Escape');
  }
  expect(await shown(), `${testId} took ${name}`).toContain(name);
}

/** Waits until no select dropdown is open (they close with an animation). */
export async function dropdownsClosed(page: Page) {
  for (let i = 0; i < 50 && (await page.locator('.ant-select-dropdown:visible').count()) > 0; i++) await page.waitForTimeout(50);
  await motionDone(page);
}

/**
 * Waits until the page's finite animations have run (a dialog zooming in, a dropdown sliding away).
 * Playwright checks only that the clicked element holds still between two frames; on a busy machine
 * a dialog still zooming in moved its button between that check and the click, and the click was lost.
 * Endless ones (a spinner, a skeleton) are not waited for.
 */
export async function motionDone(page: Page) {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
        ),
    undefined,
    { timeout: 15_000, polling: 100 },
  );
}

/** Types a date into an Ant Design date picker of an open dialog, by its label. */
export async function pickDate(dialog: Locator, label: string, date: string) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(date);
  // Leaving the field commits the typed date (Enter would also submit the form).
  await dialog.locator('.ant-modal-title').click();
  for (let i = 0; i < 50 && (await input.inputValue()) !== date; i++) await dialog.page().waitForTimeout(50);
  if ((await input.inputValue()) !== date) throw new Error(`${label} did not take ${date}`);
}

/** A new page of the admin client, signed in as `username` and showing its first page. */
export async function signedInPage(browser: Browser, adminUrl: string, username: string, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ locale: 'zh-CN', viewport });
  await signIn(page, adminUrl, username);
  await page.getByTestId('account-name').waitFor();
  return page;
}

/** Keeps what the page shows as a test artefact, under test-results/screenshots/. */
export function keepScreenshot(page: Page, name: string) {
  return page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Answers an irreversible step's confirmation (antd `modal.confirm`) with its OK button once it has
 * zoomed in, and waits for it to close (its mutation answered).
 */
export async function confirmStep(page: Page, okText: string): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.waitFor();
  await motionDone(page);
  await dialog.getByRole('button', { name: okText }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Clicks `trigger`, answers the popconfirm it opens with its `ok` button, and waits until `done`
 * holds (the row gone, the status shown). A click a busy machine lost (the popover closed by a
 * re-render before the click landed) is made again, never once `done` holds.
 */
export async function confirmPopover(page: Page, trigger: Locator, ok: string | RegExp, done: () => Promise<boolean>): Promise<void> {
  const popover = page.locator('.ant-popconfirm:visible');
  for (let attempt = 1; attempt <= 3 && !(await done()); attempt++) {
    await motionDone(page);
    // Opened already by the test (to read what it says), or opened here.
    const open = (await popover.count()) > 0 || (await trigger.click({ timeout: 10_000 }).then(succeeded, failed));
    if (!open) continue;
    if (!(await popover.waitFor({ timeout: 10_000 }).then(succeeded, failed))) continue;
    await motionDone(page);
    if (!(await popover.getByRole('button', { name: ok }).click({ timeout: 10_000 }).then(succeeded, failed))) continue;
    await expect.poll(done, { timeout: 20_000 }).toBe(true).then(succeeded, failed);
  }
  expect(await done(), 'the confirmed step took effect').toBe(true);
}

const succeeded = () => true;
const failed = () => false;
