import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import { interpretDrag, linkTypeFor, type DragStart } from './drag-intent';
import { makeScale, xOfIsoDay } from './timeline-scale';

const calendar = makeCalendar();
const scale = makeScale('day', '2026-03-02' as IsoDay, '2026-04-30' as IsoDay);
// a 3-day task Tuesday 3 – Thursday 5 March 2026, grabbed in its middle
const grabbed = (grip: DragStart['grip']): DragStart => ({ taskId: 'a', grip, start: '2026-03-03' as IsoDay, duration: 3, pointerX: 80 });

describe('drag interpretation', () => {
  it('chooses the link type by the two ends joined', () => {
    expect(linkTypeFor('finish', 'start')).toBe('FS');
    expect(linkTypeFor('start', 'start')).toBe('SS');
    expect(linkTypeFor('finish', 'finish')).toBe('FF');
    expect(linkTypeFor('start', 'finish')).toBe('SF');
  });
  it('moves a bar by whole days and onto a working day', () => {
    expect(interpretDrag(scale, calendar, grabbed({ kind: 'move' }), 80 + 2 * 32, null)).toEqual({ kind: 'move', taskId: 'a', start: '2026-03-05' });
    // three days on is Friday + 1 = Saturday: the bar lands on Monday
    expect(interpretDrag(scale, calendar, grabbed({ kind: 'move' }), 80 + 4 * 32, null)).toEqual({ kind: 'move', taskId: 'a', start: '2026-03-09' });
  });
  it('treats a jiggle or a drag back to the same day as no change', () => {
    expect(interpretDrag(scale, calendar, grabbed({ kind: 'move' }), 82, null)).toEqual({ kind: 'none' });
    expect(interpretDrag(scale, calendar, grabbed({ kind: 'move' }), 80 + 10, null)).toEqual({ kind: 'none' });
  });
  it('resizes the finish into a duration in working days, never below one', () => {
    const finishEdge = xOfIsoDay(scale, '2026-03-06' as IsoDay);
    const start = { ...grabbed({ kind: 'resize' }), pointerX: finishEdge };
    // to the end of Monday 9 March: Tue–Fri + Mon = 5 working days
    expect(interpretDrag(scale, calendar, start, xOfIsoDay(scale, '2026-03-10' as IsoDay), null)).toEqual({ kind: 'resize', taskId: 'a', duration: 5 });
    expect(interpretDrag(scale, calendar, start, 0, null)).toEqual({ kind: 'resize', taskId: 'a', duration: 1 });
  });
  it('links to the end of another bar and to nothing else', () => {
    const fromFinish = grabbed({ kind: 'link', end: 'finish' });
    expect(interpretDrag(scale, calendar, fromFinish, 300, { taskId: 'b', end: 'start' })).toEqual({ kind: 'link', from: 'a', to: 'b', type: 'FS' });
    expect(interpretDrag(scale, calendar, grabbed({ kind: 'link', end: 'start' }), 300, { taskId: 'b', end: 'finish' })).toMatchObject({ type: 'SF' });
    expect(interpretDrag(scale, calendar, fromFinish, 300, { taskId: 'a', end: 'start' })).toEqual({ kind: 'none' });
    expect(interpretDrag(scale, calendar, fromFinish, 300, null)).toEqual({ kind: 'none' });
  });
});
