import { describe, expect, it } from 'vitest';
import { parseSnapshots } from './metrics-wire';

const tasks = { total: 3, byColumn: {}, open: 2, done: 1, doneToday: 1, overdue: 1, percentComplete: 33.3 };
const schedule = { plannedPercent: 40, actualPercent: 25, lateCriticalTasks: 1, scheduledFinish: '2026-12-20', forecastFinish: '2026-12-22', baselineFinish: null };
const finance = { budget: 100_000, actual: 123_450, forecast: 123_450, usedPercent: 123.5, labourManDays: 2, labourHours: 16, labourCost: 60_000, cashIn: 50_000, cashOut: 80_000, cashBalance: -30_000 };

describe('parseSnapshots', () => {
  it('reads the groups of project and finance snapshots, oldest first', () => {
    const points = parseSnapshots([
      { at: 2_000, figures: { version: 1, today: '2026-12-03', finance } },
      { at: 1_000, figures: { version: 1, today: '2026-12-03', tasks, schedule } },
    ]);
    expect(points.map((p) => p.at)).toEqual([1_000, 2_000]);
    expect(points[0]).toEqual({
      at: 1_000, day: '2026-12-03', finance: null,
      tasks: { total: 3, done: 1, open: 2, overdue: 1, percentComplete: 33.3 },
      schedule: { plannedPercent: 40, actualPercent: 25, lateCriticalTasks: 1, forecastFinish: '2026-12-22', baselineFinish: null },
    });
    expect(points[1]?.finance).toEqual({ budget: 100_000, actual: 123_450, cashIn: 50_000, cashOut: 80_000, cashBalance: -30_000, earnedValue: null, pv: null, ev: null, ac: null });
  });
  it("reads PV, EV and AC when the snapshot's earned value is ready, and why not otherwise", () => {
    const ready = { state: 'ready', baselineId: 'b1', bac: 300_000, pv: 200_000, ev: 150_000, ac: 123_450, sv: -50_000, cv: 26_550, spi: 0.75, cpi: 1.2, eac: 250_000, etc: 126_550, vac: 50_000, unspreadBudget: 0 };
    const [point] = parseSnapshots([{ at: 1, figures: { today: '2026-12-03', finance: { ...finance, earnedValue: ready } } }]);
    expect(point?.finance).toMatchObject({ earnedValue: 'ready', pv: 200_000, ev: 150_000, ac: 123_450 });
    const [noBaseline, noBudget, broken] = parseSnapshots([
      { at: 1, figures: { today: '2026-12-03', finance: { ...finance, earnedValue: { state: 'no-baseline' } } } },
      { at: 2, figures: { today: '2026-12-03', finance: { ...finance, earnedValue: { state: 'no-budget', baselineId: 'b1', unspreadBudget: 100_000 } } } },
      { at: 3, figures: { today: '2026-12-03', finance: { ...finance, earnedValue: { ...ready, pv: 0.5 } } } },
    ]);
    expect(noBaseline?.finance).toMatchObject({ earnedValue: 'no-baseline', pv: null, ev: null, ac: null });
    expect(noBudget?.finance).toMatchObject({ earnedValue: 'no-budget', pv: null });
    expect(broken?.finance).toMatchObject({ budget: 100_000, earnedValue: null, pv: null });
  });
  it('drops a group with a wrong field and skips rows without a time or a day, never throwing', () => {
    const points = parseSnapshots([
      { at: 1, figures: { today: '2026-12-03', tasks: { ...tasks, done: '1' }, finance: { ...finance, budget: 1.5 } } },
      { at: 'soon', figures: { today: '2026-12-03', tasks } },
      { at: 2, figures: { today: '2026-13-40', tasks } },
      { at: 3 },
      null,
      'row',
    ]);
    expect(points).toEqual([{ at: 1, day: '2026-12-03', tasks: null, schedule: null, finance: null }]);
    expect(parseSnapshots({ snapshots: [] })).toEqual([]);
    expect(parseSnapshots(undefined)).toEqual([]);
  });
  it('refuses percentages outside 0–100 and negative counts', () => {
    const [point] = parseSnapshots([{ at: 1, figures: { today: '2026-12-03', tasks: { ...tasks, overdue: -1 }, schedule: { ...schedule, plannedPercent: 140 } } }]);
    expect(point?.tasks).toBeNull();
    expect(point?.schedule).toBeNull();
  });
});
