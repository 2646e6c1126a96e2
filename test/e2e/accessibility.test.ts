// Accessibility: axe-core runs over every main screen of the built app in Chromium; no serious or
// critical violation is allowed. Screens: first run, claim, sign-in, workspace home, board, card
// editor, team page, project activity.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, claimAs, createProject, waitForSyncState, type Person } from './browser';
import { seriousViolations } from './axe';
import { useRelayAndBrowser } from './lifecycle';

describe('accessibility of every main screen', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;

  it('first run, claim and sign-in screens', async () => {
    // axe is injected as a script; the app's CSP (no inline script) would rightly refuse it
    const context = await e2e.browser.newContext({ locale: 'en-US', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(e2e.relay.baseUrl);
    await page.getByLabel('What should your team call you?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${e2e.relay.baseUrl}/#/sign-in`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('workspace home, board, card editor, team page and activity', async () => {
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
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
