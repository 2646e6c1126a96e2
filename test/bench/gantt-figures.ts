// The Gantt's browser benchmark (browser/gantt-scenario.ts) as one column of `npm run bench`:
// medians and worst cases of first render (fresh profile and reopened) and scrolling.
import type { Metrics } from './client-job';
import { measureGanttScenario } from './browser/gantt-scenario';

export const GANTT_BENCH_OPTIONS = { tasks: 10_000, runs: 3 } as const;

export async function measureGanttFigures(): Promise<Metrics> {
  const figures = await measureGanttScenario({ ...GANTT_BENCH_OPTIONS, log: (line) => process.stderr.write(`bench: gantt ${line}\n`) });
  return {
    tasks: figures.tasks,
    'first render: median (ms)': figures.firstRenderMs?.median ?? null,
    'first render: worst (ms)': figures.firstRenderMs?.worst ?? null,
    'live schedule: median (ms)': figures.liveRenderMs?.median ?? null,
    'reopen, first screen from the device: median (ms)': figures.reopenFirstRenderMs?.median ?? null,
    'reopen, first screen from the device: worst (ms)': figures.reopenFirstRenderMs?.worst ?? null,
    'reopen, live schedule: median (ms)': figures.reopenLiveRenderMs?.median ?? null,
    'IndexedDB read done: median (ms)': figures.idbReadMs?.median ?? null,
    'flick scroll: median (fps)': figures.verticalFps?.median ?? null,
    // summaries' "worst" is the highest value, which for frames per second is the best
    'flick scroll: lowest (fps)': figures.runs.length === 0 ? null : Math.min(...figures.runs.map((run) => run.vertical.fps)),
    'sweep scroll: median (fps)': figures.verticalSweepFps?.median ?? null,
    'horizontal scroll: median (fps)': figures.horizontalFps?.median ?? null,
  };
}
