import { launchBrowser } from '../../e2e/browser';
import { startBenchRelay } from './relay-process';
import { seedProject } from './seed-docs';
import { boardPath, writeSeedIntoPage } from './page-seed';
import { installColdOpenProbe } from './cold-open-probe';
const relay = await startBenchRelay(process.argv[2]!);
const browser = await launchBrowser();
try {
  const seed = seedProject({ tasks: 200, columns: ['Backlog', 'This week', 'On site', 'Inspection', 'Done'], descriptionChars: 80, seed: 7 });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const first = await context.newPage();
  await first.goto(`${relay.baseUrl}/`);
  await first.getByLabel('What should your team call you?').waitFor();
  await writeSeedIntoPage(first, seed);
  console.log(await first.evaluate(`indexedDB.databases()`));
  await first.close();
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e));
  await installColdOpenProbe(page);
  await page.goto(`${relay.baseUrl}${boardPath(seed)}`);
  await new Promise((r) => setTimeout(r, 8000));
  console.log(await page.evaluate(`JSON.stringify(window.__coldOpen)`));
  console.log(await page.evaluate(`document.body.innerText.slice(0, 500)`));
  console.log(await page.evaluate(`document.querySelectorAll('[data-task-id]').length`));
  await page.screenshot({ path: '/tmp/bb/dbg.png' });
} finally { await browser.close(); await relay.stop(); }
