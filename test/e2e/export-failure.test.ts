// An export whose file can't be made says so. The .xlsx writer is a chunk of its own, fetched the first
// time someone exports; here the fetch fails (no service worker, so the page's requests go through
// page.route), as it would offline on a device that never fetched it: the toolbar says what happened
// and what to do, in a role=alert line. The browser keeps a failed module fetch for the page, so a click
// with the network back fails again (checked); after a reload the writer loads and the file downloads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimAs, createProject } from './browser';
import { openGantt } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

const XLSX_WRITER = '**/assets/write-xlsx-*.js';
const MESSAGE = 'The .xlsx file could not be made: the Excel writer did not load (offline, it may not be on this device yet). Export .csv instead, or reload the page once connected and try again; nothing is lost by reloading.';

describe('an export that fails', () => {
  const e2e = useRelayAndBrowser();

  it('says the .xlsx file could not be made and what to do, and makes it after a reload once the writer loads', async () => {
    const ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { blockServiceWorkers: true });
    const { page } = ann;
    await createProject(page, 'Tower G', ['Pour slab']);
    await openGantt(page);
    const tools = page.getByRole('toolbar', { name: 'Schedule tools' });
    let refused = 0;
    await page.route(XLSX_WRITER, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });

    await tools.getByRole('button', { name: 'Export: Excel (.xlsx)' }).click();
    const alert = tools.getByRole('alert');
    await alert.filter({ hasText: MESSAGE }).waitFor();
    expect(refused).toBe(1);
    // the .csv still works meanwhile, and clears the message
    const [csv] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Export: CSV (UTF-8)' }).click()]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('Pour slab');
    expect(await alert.count()).toBe(0);

    await page.unroute(XLSX_WRITER);
    await tools.getByRole('button', { name: 'Export: Excel (.xlsx)' }).click();
    await alert.filter({ hasText: MESSAGE }).waitFor();
    await page.reload();
    await page.getByRole('grid', { name: 'Tasks' }).waitFor();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Export: Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Tower G.xlsx');
    // an .xlsx file is a zip archive: it starts with PK
    expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await alert.count()).toBe(0);
  });
});
