// Real Chromium via playwright-core, and the steps every scenario shares: a person opens the app,
// gives a name, claims the relay, creates a project with cards, invites a teammate through the team
// page; the teammate joins by the invite link.
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

export interface OpenOptions {
  readonly bypassCSP?: boolean;
  /** No service worker: every request of the page goes through page.route (the worker would serve the app's code itself). */
  readonly blockServiceWorkers?: boolean;
  /** Runs on the new page before it opens the app: break a browser API, shrink the storage quota… */
  readonly prepare?: (page: Page) => Promise<void>;
}

/** Yjs warns, and returns nothing, when code reads a shared type not yet in a document (a bug every time). */
const YJS_PREMATURE_ACCESS = 'Invalid access: Add Yjs type to a document before reading data.';
const yjsMisuse: string[] = [];

/** The pages that read a Yjs type before it was in a document since the last call (useRelayAndBrowser fails on any). */
export function takeYjsMisuse(): string[] {
  return yjsMisuse.splice(0);
}

/** Opens the app at `url` and answers the first-run name question; the caller waits for its screen. */
export async function openApp(browser: Browser, url: string, name: string, options: OpenOptions = {}): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, bypassCSP: options.bypassCSP ?? false, serviceWorkers: options.blockServiceWorkers === true ? 'block' : 'allow' });
  const page = await context.newPage();
  await options.prepare?.(page);
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error));
  // The app's own warnings (a reminder that could not be shown, a device copy that failed…) explain a
  // failure in CI's log. The browser's lines for refused requests are left out: a room is refused (403)
  // until the relay knows it, then retried, in many scenarios, and those lines carry session tokens.
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'warning' && type !== 'error') return;
    const text = message.text();
    if (text.startsWith('WebSocket connection to') || text.startsWith('Failed to load resource')) return;
    console.error(`[${name}] console ${type}: ${text}`);
    if (text.includes(YJS_PREMATURE_ACCESS)) yjsMisuse.push(`[${name}] on ${page.url()}`);
  });
  // Leaving with unsent edits asks for confirmation; the scenarios always mean to leave.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.goto(url);
  await page.getByLabel('What should your team call you?').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  return { context, page, dialogs };
}

export async function openAs(browser: Browser, url: string, name: string): Promise<Person> {
  const person = await openApp(browser, url, name);
  await person.page.getByRole('heading', { name: 'Projects' }).waitFor();
  return person;
}

/** The first person opens the claim link from the relay's log and becomes the owner. */
export async function claimAs(browser: Browser, relay: { claimUrl(): Promise<string> }, name: string, options: OpenOptions = {}): Promise<Person> {
  const person = await openApp(browser, await relay.claimUrl(), name, options);
  await person.page.getByRole('heading', { name: 'Claim this server' }).waitFor();
  await person.page.getByRole('button', { name: 'Claim this server' }).click();
  await person.page.getByRole('heading', { name: 'Projects' }).waitFor();
  return person;
}

/** Creates an invitation on the team page and comes back to the workspace home. */
export async function createInvite(page: Page, role: 'Admin' | 'Manager' | 'Member' | 'Viewer' = 'Member'): Promise<string> {
  await page.getByRole('link', { name: /Projects/ }).first().click();
  await page.getByRole('link', { name: 'Team and invitations' }).click();
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const field = page.getByTestId('invite-link');
  await field.waitFor();
  const link = await field.inputValue();
  await page.getByRole('link', { name: 'Back to the workspace' }).click();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
  return link;
}

/** A teammate opens an invitation, gives their name and joins; they land in the workspace. */
export async function joinAs(browser: Browser, link: string, name: string, options: OpenOptions = {}): Promise<Person> {
  const person = await openApp(browser, link, name, options);
  await person.page.getByRole('button', { name: 'Join' }).click();
  await person.page.getByRole('heading', { name: 'Projects' }).waitFor();
  return person;
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

export async function waitForSyncState(page: Page, state: 'offline' | 'syncing' | 'saved-device' | 'saved-server' | 'device-only' | 'no-access' | 'tab-only'): Promise<void> {
  await page.locator(`[data-testid="sync-status"][data-state="${state}"]`).waitFor();
}
