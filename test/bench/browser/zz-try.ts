import { launchBrowser } from '../../e2e/browser';
import { buildApp } from './build-app';
import { measureColdOpen } from './cold-open';
import { startBenchRelay } from './relay-process';
import { seedProject } from './seed-docs';
const build = await buildApp();
console.log('build', build);
const relay = await startBenchRelay(build.dir);
const browser = await launchBrowser();
try {
  for (const tasks of [2000, 10000]) {
    const seed = seedProject({ tasks, columns: ['Backlog', 'This week', 'On site', 'Inspection', 'Done'], descriptionChars: 80, seed: 7 });
    for (let i = 0; i < 2; i++) console.log(tasks, JSON.stringify(await measureColdOpen(browser, relay.baseUrl, seed)));
  }
} finally { await browser.close(); await relay.stop(); }
