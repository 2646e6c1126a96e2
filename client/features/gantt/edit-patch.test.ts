import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import { schedulePatchFor } from './edit-patch';

const calendar = makeCalendar();
const day = (value: string): IsoDay => value as IsoDay;
const auto = { scheduleMode: 'auto' } as const;
const manual = { scheduleMode: 'manual' } as const;
const scheduled = { start: day('2026-03-02') };

describe('schedule patch of an edit', () => {
  it('pins a moved auto task with a start-no-earlier-than constraint', () => {
    expect(schedulePatchFor(auto, scheduled, { start: day('2026-03-09') }, calendar))
      .toEqual({ start: '2026-03-09', constraint: { kind: 'start-no-earlier-than', day: '2026-03-09' } });
  });
  it('moves a manual task by its start alone', () => {
    expect(schedulePatchFor(manual, scheduled, { start: day('2026-03-09') }, calendar)).toEqual({ start: '2026-03-09' });
  });
  it('turns a finish into the working days from the start to it, at least one', () => {
    // Mon 2 – Tue 10 March 2026: 7 working days
    expect(schedulePatchFor(auto, scheduled, { finish: day('2026-03-10') }, calendar)).toEqual({ duration: 7 });
    expect(schedulePatchFor(auto, scheduled, { finish: day('2026-02-20') }, calendar)).toEqual({ duration: 1 });
  });
  it('keeps a task turned manual where it is scheduled now', () => {
    expect(schedulePatchFor(auto, scheduled, { scheduleMode: 'manual' }, calendar)).toEqual({ start: '2026-03-02', scheduleMode: 'manual' });
    expect(schedulePatchFor(manual, scheduled, { scheduleMode: 'auto' }, calendar)).toEqual({ scheduleMode: 'auto' });
  });
  it('passes duration and percent through, and writes nothing for a title-only edit', () => {
    expect(schedulePatchFor(auto, scheduled, { duration: 4, percentComplete: 30 }, calendar)).toEqual({ duration: 4, percentComplete: 30 });
    expect(schedulePatchFor(auto, scheduled, { title: 'Pour slab' }, calendar)).toEqual({});
  });
});
