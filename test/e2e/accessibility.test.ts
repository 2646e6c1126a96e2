// Accessibility: axe-core runs over every main screen of the built app in Chromium; no serious or
// critical violation is allowed. Screens: first run, claim, sign-in, workspace home, board, card
// editor, team page, project activity.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { card, claimAs, createProject, launchBrowser, waitForSyncState, type Person } from './browser';
import { startRelayProcess, type RelayProcess } from './relay-process';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/** Serious and critical violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html}`).join(', ')}`);
}

describe('accessibility of every main screen', () => {
  let relay: RelayProcess;
  let browser: Browser;
  let owner: Person;

  beforeAll(async () => {
    relay = await startRelayProcess();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
  });

  it('first run, claim and sign-in screens', async () => {
    // axe is injected as a script; the app's CSP (no inline script) would rightly refuse it
    const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(relay.baseUrl);
    await page.getByLabel('What should your team call you?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${relay.baseUrl}/#/sign-in`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('workspace home, board, card editor, team page and activity', async () => {
    owner = await claimAs(browser, relay, 'Ann Wang', { bypassCSP: true });
    expect(await seriousViolations(owner.page)).toEqual([]);
    await createProject(owner.page, 'Harbour depot', ['Pour slab']);
    await waitForSyncState(owner.page, 'saved-server');
    expect(await seriousViolations(owner.page)).toEqual([]);
    await card(owner.page, 'To do', 'Pour slab').click();
    await owner.page.getByRole('dialog', { name: 'Edit card' }).waitFor();
    expect(await seriousViolations(owner.page)).toEqual([]);
    await owner.page.getByRole('dialog', { name: 'Edit card' }).getByRole('button', { name: 'Close' }).last().click();
    await owner.page.getByRole('link', { name: 'Project activity' }).click();
    await owner.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(owner.page)).toEqual([]);
    await owner.page.goBack();
    await owner.page.getByRole('link', { name: /Projects/ }).first().click();
    await owner.page.getByRole('link', { name: 'Team and invitations' }).click();
    await owner.page.getByRole('button', { name: 'Create invite link' }).waitFor();
    expect(await seriousViolations(owner.page)).toEqual([]);
  });
});
