import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, driven by playwright-core: the real browser the admin client meets. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the login page. */
export async function signIn(page: Page, adminUrl: string, username: string, password = 'Ronghe@2026') {
  await page.goto(adminUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
