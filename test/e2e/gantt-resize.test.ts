// Resizing a bar by dragging its finish edge, for two people through the real relay: the task's
// duration becomes the working days up to the day the edge is dropped on (a day off snaps back to the
// working day before it, and never below one day), its linked successor moves after it, and the
// teammate's Gantt shows the new duration and the moved successor live.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '../../shared/domain/calendar/day-number';
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import { countWorkingDays, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../shared/iso-day';
import { DEFAULT_CALENDAR_SETTINGS } from '../../shared/schema';
import { claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { bar, barDates, durationText, linkByDrag, openGantt } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

/** The workspace's calendar as a new workspace has it: the China preset. */
const CALENDAR = buildWorkingCalendar(DEFAULT_CALENDAR_SETTINGS);
/** Pixels per day at the Days zoom (timeline-scale.ts PX_PER_DAY.day). */
const DAY_PX = 32;

/** Drags the finish edge of `title`'s bar by `days` day cells, dropped a little past the boundary. */
async function dragFinishEdge(page: Page, title: string, days: number): Promise<void> {
  const grip = await bar(page, title).locator('.gantt-bar__resize').boundingBox();
  if (!grip) throw new Error('bar not laid out');
  const x = grip.x + grip.width / 2;
  const y = grip.y + grip.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // 10 px past the boundary: the edge snaps to the nearest day boundary, not the pointer's pixel
  await page.mouse.move(x + days * DAY_PX + Math.sign(days) * 10, y, { steps: 12 });
  await page.mouse.up();
}

/** The first day at least three days after `finish` that is a day off, so the drop has to snap back. */
function dayOffAfter(finish: IsoDay): number {
  for (let days = 3; days < 30; days++) if (!isWorkingDay(CALENDAR, addDays(finish, days))) return days;
  throw new Error(`no day off within a month of ${finish}`);
}

describe('resizing a bar by dragging its end', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  it('two people on one schedule, a finish-to-start link drawn by dragging', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower R', ['Excavate', 'Foundations']);
    await waitForSyncState(ann.page, 'saved-server');
    const link = await createInvite(ann.page, 'Member');
    bo = await joinAs(e2e.browser, link, 'Bo Li');
    for (const person of [ann, bo]) {
      await person.page.getByRole('link', { name: 'Tower R' }).click();
      await openGantt(person.page);
      await person.page.getByRole('button', { name: 'Days' }).click();
    }
    await linkByDrag(ann.page, 'Excavate', 'Foundations');
    const excavate = await barDates(ann.page, 'Excavate');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start > excavate.finish).toBe(true);
  });

  it('a finish dropped on a day off snaps back to the working day before it; the duration, the successor and the teammate follow', async () => {
    const before = await barDates(ann.page, 'Excavate');
    expect(await durationText(ann.page, 'Excavate')).toBe('1 d');
    const days = dayOffAfter(before.finish as IsoDay);
    const finish = previousWorkingDay(CALENDAR, addDays(before.finish as IsoDay, days));
    const duration = countWorkingDays(CALENDAR, before.start as IsoDay, finish);
    expect(finish < addDays(before.finish as IsoDay, days)).toBe(true);
    expect(duration).toBeGreaterThan(1);

    await dragFinishEdge(ann.page, 'Excavate', days);

    await expect.poll(() => barDates(ann.page, 'Excavate')).toEqual({ start: before.start, finish });
    expect(await durationText(ann.page, 'Excavate')).toBe(`${duration} d`);
    const successorStart = nextWorkingDay(CALENDAR, addDays(finish, 1));
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start).toBe(successorStart);
    // the teammate, live
    await expect.poll(() => barDates(bo.page, 'Excavate')).toEqual({ start: before.start, finish });
    await expect.poll(() => durationText(bo.page, 'Excavate')).toBe(`${duration} d`);
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start).toBe(successorStart);
  });

  it('dragged back past its start the task keeps one working day, and the successor comes back with it', async () => {
    const before = await barDates(bo.page, 'Excavate');
    expect(before.finish > before.start).toBe(true);

    await dragFinishEdge(bo.page, 'Excavate', -(countWorkingDays(CALENDAR, before.start as IsoDay, before.finish as IsoDay) + 10));

    await expect.poll(() => durationText(bo.page, 'Excavate')).toBe('1 d');
    expect(await barDates(bo.page, 'Excavate')).toEqual({ start: before.start, finish: before.start });
    const successorStart = nextWorkingDay(CALENDAR, addDays(before.start as IsoDay, 1));
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start).toBe(successorStart);
    await expect.poll(() => durationText(ann.page, 'Excavate')).toBe('1 d');
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start).toBe(successorStart);
  });
});
