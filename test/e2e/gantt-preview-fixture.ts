// What the Gantt preview tests share: a three-task schedule opened live by its owner, and reading its
// bars and whether the page shows the live schedule or a read-only preview.
import type { Browser, Page } from 'playwright-core';
import { claimAs, createProject, type Person } from './browser';
import type { RelayProcess } from './relay-process';

export const TITLES = ['Excavate', 'Foundations', 'Frame'] as const;

export function bar(page: Page, title: string) {
  return page.getByRole('img', { name: new RegExp(`^${title}: `) });
}

export async function barLabels(page: Page): Promise<(string | null)[]> {
  return Promise.all(TITLES.map((title) => bar(page, title).getAttribute('aria-label')));
}

/** The Gantt page showing the live schedule (true) or a read-only preview (false). */
export function ganttPage(page: Page, live: boolean) {
  return page.locator(`main.gantt-page[data-live="${String(live)}"]`);
}

/** The owner of a new project with TITLES, on its live Gantt, and the bars' labels there. */
export async function ownerOnLiveGantt(browser: Browser, relay: RelayProcess): Promise<{ owner: Person; liveLabels: (string | null)[] }> {
  const owner = await claimAs(browser, relay, 'Ann Wang');
  await createProject(owner.page, 'Tower C', [...TITLES]);
  await owner.page.getByRole('link', { name: 'Gantt chart' }).click();
  await ganttPage(owner.page, true).waitFor();
  for (const title of TITLES) await bar(owner.page, title).waitFor();
  return { owner, liveLabels: await barLabels(owner.page) };
}
