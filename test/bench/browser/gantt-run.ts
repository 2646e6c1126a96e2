// The Gantt's browser benchmark on its own (`npx tsx test/bench/browser/gantt-run.ts [--tasks 10000]
// [--runs 3]`): first render and scrolling of a seeded schedule in Debian's Chromium, every run's
// figures and their summaries as JSON (gantt-scenario.ts; `npm run bench -- --only gantt` runs the same).
import { measureGanttScenario } from './gantt-scenario';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const figures = await measureGanttScenario({ tasks: option('tasks', 10_000), runs: option('runs', 3), log: (line) => console.error(line) });
  console.log(JSON.stringify(figures, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
