// Real Chromium via playwright-core, and the steps every scenario shares: a person opens the app,
// gives a name, creates a project with cards; a teammate joins by the invite link.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Types of the dialogs the page opened (all accepted), e.g. 'beforeunload'. */
  readonly dialogs: string[];
}

export async function openAs(browser: Browser, url: string, name: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error));
  // Leaving with unsent edits asks for confirmation; the scenarios always mean to leave.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.goto(url);
  await page.getByLabel('What should your team call you?').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
  return { context, page, dialogs };
}

export async function createProject(page: Page, name: string, cards: readonly string[]): Promise<void> {
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  for (const title of cards) await addCard(page, 'To do', title);
}

export async function addCard(page: Page, column: string, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: `Add a card to ${column}` });
  await field.fill(title);
  await field.press('Enter');
  await card(page, column, title).waitFor();
}

export function column(page: Page, name: string) {
  return page.locator('[data-testid="column"]', { has: page.getByRole('heading', { name, exact: true }) });
}

export function card(page: Page, columnName: string, title: string) {
  return column(page, columnName).getByRole('button', { name: title, exact: true });
}

export async function waitForSyncState(page: Page, state: 'offline' | 'syncing' | 'saved-device' | 'saved-server'): Promise<void> {
  await page.locator(`[data-testid="sync-status"][data-state="${state}"]`).waitFor();
}

export async function inviteLink(page: Page): Promise<string> {
  await page.getByRole('link', { name: /Projects/ }).first().click();
  return page.getByTestId('invite-link').inputValue();
}
