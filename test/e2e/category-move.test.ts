// Moving what is booked under a removed cost category to another one, through the real relay: the owner
// moves a removed category's costs and budget lines to Materials in one step after a confirm that names
// the counts and amounts; the manager sees Materials take them live; one Undo takes the whole move back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { seriousViolations } from './axe';

async function recordCost(page: Page, category: string, amount: string, supplier: string): Promise<void> {
  const entry = page.getByRole('form', { name: 'Record a cost' });
  await entry.getByLabel('Category').selectOption({ label: category });
  await entry.getByLabel('Amount (¥)').fill(amount);
  await entry.getByLabel('Supplier').fill(supplier);
  await entry.getByRole('button', { name: 'Save cost' }).click();
  await page.getByTestId('cost-table').getByRole('row').filter({ hasText: supplier }).waitFor();
}

describe('moving a removed category’s entries', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let manager: Person;

  beforeAll(async () => {
    // axe is injected as a script for the accessibility check; the app's CSP would refuse it
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    await createProject(owner.page, 'Ring road', []);
    await waitForSyncState(owner.page, 'saved-server');
    manager = await joinAs(e2e.browser, await createInvite(owner.page, 'Manager'), 'Bo Li');
    for (const person of [owner, manager]) {
      await person.page.getByRole('link', { name: 'Ring road' }).click();
      await person.page.getByRole('link', { name: 'Cost centre' }).click();
      await person.page.getByRole('heading', { name: 'Budget vs actual' }).waitFor();
    }
  }, 120_000);

  it('the owner moves a removed category’s costs and budget line to Materials in one confirmed step; the manager sees it live; one Undo takes it all back', async () => {
    const page = owner.page;
    const add = page.getByRole('form', { name: 'Add category' });
    await add.getByLabel('New category name').fill('Scaffolding');
    await add.getByRole('button', { name: 'Add category' }).click();
    const budget = page.getByRole('form', { name: 'Add budget line' });
    await budget.getByLabel('Category').selectOption({ label: 'Scaffolding' });
    await budget.getByLabel('Amount (¥)').fill('5,000');
    await budget.getByRole('button', { name: 'Add budget line' }).click();
    await recordCost(page, 'Scaffolding', '700', 'Pole hire');
    await recordCost(page, 'Scaffolding', '500.50', 'Clamp depot');
    await recordCost(page, 'Materials', '90', 'Sand yard');
    await page.getByRole('button', { name: 'Remove Scaffolding' }).click();
    const removed = page.getByTestId('removed-categories');
    await removed.getByRole('rowheader', { name: 'Scaffolding' }).waitFor();

    await removed.getByRole('button', { name: 'Move entries of Scaffolding to another category' }).click();
    const form = page.getByRole('form', { name: 'Move entries of Scaffolding to another category' });
    await form.getByRole('button', { name: 'Move' }).click();
    await form.getByRole('alert').filter({ hasText: 'Choose a different category' }).waitFor();
    // removed categories are not offered as a target
    expect(await form.getByLabel('Move the entries of Scaffolding to').locator('option').allInnerTexts()).not.toContain('Scaffolding');
    await form.getByLabel('Move the entries of Scaffolding to').selectOption({ label: 'Materials' });
    expect(await seriousViolations(page)).toEqual([]);
    const confirms: string[] = [];
    const onDialog = (dialog: { type(): string; message(): string }): void => void (dialog.type() === 'confirm' && confirms.push(dialog.message()));
    page.on('dialog', onDialog);
    await form.getByRole('button', { name: 'Move' }).click();
    page.off('dialog', onDialog);
    expect(confirms).toEqual(['Move everything booked under “Scaffolding” to “Materials”? Costs: 2 (¥1,200.50); budget lines: 1 (¥5,000.00); fund entries: 0 (¥0.00). They count under “Materials” from now on, on every device. You can undo it right after.']);
    await page.getByRole('status').filter({ hasText: 'Moved from “Scaffolding” to “Materials”: costs 2, budget lines 1, fund entries 0.' }).waitFor();

    const materials = (on: Page) => on.getByTestId('category-table').getByRole('row').filter({ has: on.getByRole('rowheader', { name: 'Materials', exact: true }) });
    for (const on of [page, manager.page]) {
      await materials(on).filter({ hasText: '¥1,290.50' }).filter({ hasText: '¥5,000.00' }).waitFor();
      await on.getByTestId('cost-table').getByRole('row').filter({ hasText: 'Clamp depot' }).filter({ hasText: 'Materials' }).waitFor();
      expect(await on.getByTestId('cost-table').getByText('Scaffolding (removed)').count()).toBe(0);
    }
    // nothing is left under it, so there is nothing to move
    expect(await removed.getByRole('button', { name: 'Move entries of Scaffolding to another category' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    for (const on of [page, manager.page]) {
      await materials(on).filter({ hasText: '¥90.00' }).filter({ hasText: '¥0.00' }).waitFor();
      await expect.poll(() => on.getByTestId('cost-table').getByText('Scaffolding (removed)').count()).toBe(2);
    }
    await removed.getByRole('button', { name: 'Move entries of Scaffolding to another category' }).waitFor();
  });
});
