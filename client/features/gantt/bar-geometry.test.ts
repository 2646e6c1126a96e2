import { describe, expect, it } from 'vitest';
import type { ScheduledTask } from '../../../shared/domain/schedule/schedule-types';
import type { IsoDay } from '../../../shared/iso-day';
import { barBox, barEnd, baselineBox, ROW_HEIGHT_PX } from './bar-geometry';
import { makeScale } from './timeline-scale';

const scale = makeScale('day', '2026-03-02' as IsoDay, '2026-04-30' as IsoDay);
function task(overrides: Partial<ScheduledTask>): ScheduledTask {
  return {
    id: 't', start: '2026-03-03' as IsoDay, finish: '2026-03-05' as IsoDay, duration: 3, lateStart: '2026-03-03' as IsoDay,
    lateFinish: '2026-03-05' as IsoDay, totalFloat: 0, freeFloat: 0, critical: true, isSummary: false, isMilestone: false, percentComplete: 50,
    ...overrides,
  };
}

describe('bar geometry', () => {
  it('spans a task from the left of its start day to the right of its finish day, progress filled', () => {
    const box = barBox(scale, task({}), 2);
    expect(box).toMatchObject({ kind: 'task', x: 32, width: 96, progressWidth: 48 });
    expect(box.y).toBeGreaterThanOrEqual(2 * ROW_HEIGHT_PX);
    expect(box.y + box.height).toBeLessThanOrEqual(3 * ROW_HEIGHT_PX);
  });
  it('draws a summary thinner than a task and a milestone as a square centred on its day', () => {
    expect(barBox(scale, task({ isSummary: true }), 0).height).toBeLessThan(barBox(scale, task({}), 0).height);
    const milestone = barBox(scale, task({ isMilestone: true, duration: 0, finish: '2026-03-03' as IsoDay }), 0);
    expect(milestone.kind).toBe('milestone');
    expect(milestone.x + milestone.width / 2).toBe(32);
  });
  it('keeps a one-day bar grabbable at quarter zoom', () => {
    const quarter = makeScale('quarter', '2026-03-02' as IsoDay, '2026-04-30' as IsoDay);
    expect(barBox(quarter, task({ start: '2026-03-03' as IsoDay, finish: '2026-03-03' as IsoDay, duration: 1 }), 0).width).toBe(3);
  });
  it('puts the baseline bar under the live bar in the same row', () => {
    const live = barBox(scale, task({}), 1);
    const planned = baselineBox(scale, { start: '2026-03-02' as IsoDay, finish: '2026-03-04' as IsoDay, duration: 3 }, 1);
    expect(planned.x).toBe(0);
    expect(planned.width).toBe(96);
    expect(planned.y).toBeGreaterThanOrEqual(live.y + live.height);
    expect(planned.y + planned.height).toBeLessThanOrEqual(2 * ROW_HEIGHT_PX);
  });
  it('attaches links at the middle of either edge', () => {
    const box = barBox(scale, task({}), 0);
    expect(barEnd(box, 'start')).toEqual({ x: 32, y: box.y + box.height / 2 });
    expect(barEnd(box, 'finish').x).toBe(128);
  });
});
