// Team access through the real relay: the owner invites a member and a viewer; the member's edits
// reach everyone live, the viewer reads but cannot change anything, and removing the member cuts
// their device off within seconds.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCard, card, claimAs, column, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

describe('team access', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let member: Person;
  let viewer: Person;

  beforeAll(async () => {
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(owner.page, 'Harbour depot', ['Pour slab', 'Order cement']);
    await waitForSyncState(owner.page, 'saved-server');
    const memberLink = await createInvite(owner.page, 'Member');
    const viewerLink = await createInvite(owner.page, 'Viewer');
    member = await joinAs(e2e.browser, memberLink, 'Bo Li');
    viewer = await joinAs(e2e.browser, viewerLink, 'Cy Zhao');
    for (const person of [owner, member, viewer]) {
      await person.page.getByRole('link', { name: 'Harbour depot' }).click();
      await card(person.page, 'To do', 'Pour slab').waitFor();
    }
  });

  it('refused nobody on the way in: claiming, creating, inviting and joining never hit a room before the relay knew it', async () => {
    // the relay counts every refused upgrade (401/403) as sitebeam_errors_total{kind="auth-refused"};
    // before, the claim's own workspace room connected before the workspace was registered (a 403 each time)
    const metrics = await (await fetch(`${e2e.relay.baseUrl}/metrics`)).text();
    expect(metrics).toContain('# TYPE sitebeam_errors_total counter');
    expect(metrics).not.toMatch(/^sitebeam_errors_total\{kind="auth-refused"\} [1-9]/m);
  });

  it("a member's new card reaches the owner and the viewer live", async () => {
    await addCard(member.page, 'Doing', 'Inspect rebar');
    await card(owner.page, 'Doing', 'Inspect rebar').waitFor();
    await card(viewer.page, 'Doing', 'Inspect rebar').waitFor();
  });

  it('the viewer sees the read-only badge and no editing controls', async () => {
    const page = viewer.page;
    await page.getByTestId('read-only-badge').filter({ hasText: 'Read-only' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Add a card to To do' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add column' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Rename column/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await card(page, 'To do', 'Pour slab').click();
    const editor = page.getByRole('dialog', { name: 'Edit card' });
    expect(await editor.getByLabel('Title').isDisabled()).toBe(true);
    expect(await editor.getByRole('button', { name: 'Delete card' }).count()).toBe(0);
    await editor.getByRole('button', { name: 'Close' }).last().click();
  });

  it("a viewer's keyboard move changes the card nowhere", async () => {
    await card(viewer.page, 'To do', 'Pour slab').focus();
    await viewer.page.keyboard.press('Alt+ArrowRight');
    // A later edit by the member is the barrier: once everyone has it, anything the viewer sent first has arrived too.
    await addCard(member.page, 'To do', 'Barrier card');
    for (const person of [owner, viewer, member]) {
      await card(person.page, 'To do', 'Barrier card').waitFor();
      await card(person.page, 'To do', 'Pour slab').waitFor();
      expect(await column(person.page, 'Doing').getByRole('button', { name: 'Pour slab', exact: true }).count()).toBe(0);
    }
  });

  it('a removed member is told within seconds that they no longer have access', async () => {
    await owner.page.getByRole('link', { name: /Projects/ }).first().click();
    await owner.page.getByRole('link', { name: 'Team and invitations' }).click();
    await owner.page.getByRole('button', { name: 'Remove Bo Li' }).click();
    await owner.page.getByTestId('team-member').filter({ hasText: 'Cy Zhao' }).waitFor();
    await expect.poll(() => owner.page.getByTestId('team-member').filter({ hasText: 'Bo Li' }).count()).toBe(0);
    await member.page.getByTestId('access-lost').waitFor({ timeout: 10_000 });
    await waitForSyncState(member.page, 'no-access');
  });

  it('the members list exports with roles in words and the day each joined', async () => {
    const [download] = await Promise.all([owner.page.waitForEvent('download'), owner.page.getByRole('group', { name: 'Export the members' }).getByRole('button', { name: 'Export .csv' }).click()]);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFName,Role,Member since');
    expect(lines.slice(1).filter((line) => line !== '').map((line) => line.replace(/\d{4}-\d{2}-\d{2}$/, 'DAY')).sort()).toEqual(['Ann Wang,Owner,DAY', 'Cy Zhao,Viewer,DAY']);
  });
});
