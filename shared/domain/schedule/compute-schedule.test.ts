import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from '../calendar/china-calendar';
import { makeWorkdayIndex } from '../calendar/workday-index';
import { makeCalendar } from '../calendar/working-calendar';
import { computeSchedule } from './compute-schedule';
import type { Constraint, LinkType, ScheduleLink, ScheduleTask } from './schedule-types';

const plain = makeCalendar();
const MONDAY = '2026-03-02' as IsoDay;

function task(id: string, duration: number, extra: Partial<ScheduleTask> = {}): ScheduleTask {
  return { id, parentId: null, start: null, duration, mode: 'auto', constraint: null, percentComplete: 0, ...extra };
}

function link(from: string, to: string, type: LinkType = 'FS', lag = 0): ScheduleLink {
  return { id: `${from}-${to}-${type}`, from, to, type, lag };
}

function dates(result: ReturnType<typeof computeSchedule>, id: string): [string, string, number, boolean] {
  const scheduled = result.tasks.get(id);
  if (!scheduled) throw new Error(`no ${id}`);
  return [scheduled.start, scheduled.finish, scheduled.totalFloat, scheduled.critical];
}

describe('critical path method', () => {
  it('textbook network 1: finish-to-start only', () => {
    const result = computeSchedule({
      tasks: [task('A', 3), task('B', 2), task('C', 4), task('D', 2)],
      links: [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D')],
      calendar: plain,
      projectStart: MONDAY,
    });
    expect(dates(result, 'A')).toEqual(['2026-03-02', '2026-03-04', 0, true]);
    expect(dates(result, 'B')).toEqual(['2026-03-05', '2026-03-06', 2, false]);
    expect(dates(result, 'C')).toEqual(['2026-03-05', '2026-03-10', 0, true]);
    expect(dates(result, 'D')).toEqual(['2026-03-11', '2026-03-12', 0, true]);
    expect(result.tasks.get('B')?.freeFloat).toBe(2);
    expect(result.tasks.get('B')?.lateStart).toBe('2026-03-09');
    expect(result.projectFinish).toBe('2026-03-12');
  });

  it('textbook network 2: all four link types with positive and negative lag', () => {
    const result = computeSchedule({
      tasks: [task('A', 5), task('B', 3), task('C', 2), task('E', 2), task('F', 1)],
      links: [link('A', 'B', 'SS', 2), link('A', 'C', 'FF', 1), link('A', 'E', 'SF', 6), link('A', 'F', 'FS', -2)],
      calendar: plain,
      projectStart: MONDAY,
    });
    // working days from Monday 2 March: 0=2nd … 4=6th, 5=9th, 6=10th
    expect(dates(result, 'A')).toEqual(['2026-03-02', '2026-03-06', 0, true]);
    expect(dates(result, 'B')).toEqual(['2026-03-04', '2026-03-06', 1, false]);
    expect(dates(result, 'C')).toEqual(['2026-03-06', '2026-03-09', 0, true]);
    expect(dates(result, 'E')).toEqual(['2026-03-06', '2026-03-09', 0, true]);
    expect(dates(result, 'F')).toEqual(['2026-03-05', '2026-03-05', 2, false]);
    expect(result.projectFinish).toBe('2026-03-09');
  });

  it('textbook network 3: summaries, a milestone, manual tasks, constraints and a cycle', () => {
    const snet: Constraint = { kind: 'start-no-earlier-than', day: '2026-03-11' as IsoDay };
    const fnlt: Constraint = { kind: 'finish-no-later-than', day: '2026-03-03' as IsoDay };
    const result = computeSchedule({
      tasks: [
        task('S', 0), task('X', 2, { parentId: 'S', percentComplete: 100 }), task('Y', 3, { parentId: 'S', percentComplete: 0 }),
        task('M', 0), task('P', 1), task('Q', 1),
        task('R', 1, { mode: 'manual', start: '2026-03-16' as IsoDay }), task('T', 1, { mode: 'manual', start: MONDAY }),
        task('U', 1, { constraint: snet }), task('V', 3, { constraint: fnlt }),
      ],
      links: [link('X', 'Y'), link('Y', 'M'), link('P', 'Q'), link('Q', 'P'), link('X', 'R'), link('Y', 'T'), link('S', 'U')],
      calendar: plain,
      projectStart: MONDAY,
    });
    // the manual task R (16 March) sets the project finish, so Y can slip 5 working days
    expect(dates(result, 'Y')).toEqual(['2026-03-04', '2026-03-06', 5, false]);
    // the milestone sits on its predecessor's finish day
    expect(result.tasks.get('M')).toMatchObject({ start: '2026-03-06', finish: '2026-03-06', isMilestone: true });
    expect(result.tasks.get('S')).toMatchObject({ start: '2026-03-02', finish: '2026-03-06', duration: 5, isSummary: true, percentComplete: 40 });
    expect(result.cycles).toEqual([['P', 'Q']]);
    expect(result.ignoredLinks).toEqual(['P-Q-FS', 'Q-P-FS', 'S-U-FS']);
    expect(dates(result, 'P')[0]).toBe('2026-03-02');
    expect(dates(result, 'R')[0]).toBe('2026-03-16');
    expect(result.violations).toEqual([{ linkId: 'Y-T-FS', byDays: 5 }]);
    expect(dates(result, 'U')[0]).toBe('2026-03-11');
    expect(dates(result, 'V')).toEqual(['2026-03-02', '2026-03-04', -1, true]);
  });

  it('reads a finish-no-later-than on a day off as the working day before it', () => {
    // Saturday 7 March: a 5-day task from Monday 2 March finishing on Friday 6 March meets it exactly
    const fnlt: Constraint = { kind: 'finish-no-later-than', day: '2026-03-07' as IsoDay };
    const result = computeSchedule({ tasks: [task('A', 5, { constraint: fnlt }), task('B', 6, { constraint: fnlt })], links: [], calendar: plain, projectStart: MONDAY });
    expect(dates(result, 'A')).toEqual(['2026-03-02', '2026-03-06', 0, true]);
    expect(result.tasks.get('A')?.lateFinish).toBe('2026-03-06');
    expect(dates(result, 'B')).toEqual(['2026-03-02', '2026-03-09', -1, true]);
  });

  it('returns a read-only task map: leaves in input order, then summaries', () => {
    const result = computeSchedule({
      tasks: [task('S', 0), task('b', 2, { parentId: 'S' }), task('a', 1, { parentId: 'S' }), task('c', 1)],
      links: [link('b', 'a')],
      calendar: plain,
      projectStart: MONDAY,
    });
    expect([...result.tasks.keys()]).toEqual(['b', 'a', 'c', 'S']);
    expect(result.tasks.size).toBe(4);
    expect(result.tasks.has('a')).toBe(true);
    expect(result.tasks.has('missing')).toBe(false);
    expect(result.tasks.get('missing')).toBeUndefined();
    const seen: string[] = [];
    result.tasks.forEach((record, id) => seen.push(`${id}:${record.start}`));
    expect(seen).toEqual(['b:2026-03-02', 'a:2026-03-04', 'c:2026-03-02', 'S:2026-03-02']);
    expect(new Map(result.tasks).get('S')?.finish).toBe('2026-03-04');
  });

  it('schedules across the Spring Festival on the China calendar', () => {
    const result = computeSchedule({
      tasks: [task('pour', 3), task('cure', 5)],
      links: [link('pour', 'cure')],
      calendar: chinaCalendar(),
      projectStart: '2026-02-12' as IsoDay,
    });
    expect(dates(result, 'pour').slice(0, 2)).toEqual(['2026-02-12', '2026-02-14']);
    // Saturday 28 February is a make-up workday
    expect(dates(result, 'cure').slice(0, 2)).toEqual(['2026-02-24', '2026-02-28']);
  });
});

describe('schedule properties on random networks', () => {
  const random = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };

  it('never breaks a link, marks zero-float tasks critical, and is deterministic', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = random(seed);
      const tasks = Array.from({ length: 40 }, (_, i) => task(`t${String(i).padStart(2, '0')}`, Math.floor(next() * 6)));
      const links: ScheduleLink[] = [];
      for (let i = 0; i < 60; i++) {
        const a = Math.floor(next() * 40);
        const b = Math.floor(next() * 40);
        if (a >= b) continue;
        const type = (['FS', 'SS', 'FF', 'SF'] as const)[Math.floor(next() * 4)] ?? 'FS';
        links.push({ id: `l${i}`, from: tasks[a]?.id ?? '', to: tasks[b]?.id ?? '', type, lag: Math.floor(next() * 7) - 3 });
      }
      const result = computeSchedule({ tasks, links, calendar: plain, projectStart: MONDAY });
      const again = computeSchedule({ tasks: [...tasks].reverse(), links: [...links].reverse(), calendar: plain, projectStart: MONDAY });
      expect([...again.tasks.entries()].sort()).toEqual([...result.tasks.entries()].sort());
      expect(result.cycles).toEqual([]);
      const minFloat = Math.min(...[...result.tasks.values()].map((t) => t.totalFloat));
      expect(minFloat, `seed ${seed}`).toBe(0);
      for (const scheduled of result.tasks.values()) expect(scheduled.critical).toBe(scheduled.totalFloat === 0);
      const index = makeWorkdayIndex(plain, MONDAY);
      const bounds = (id: string): { es: number; ef: number } => {
        const t = result.tasks.get(id);
        if (!t) throw new Error(`no ${id}`);
        const es = index.indexOf(t.start) + (t.isMilestone ? 1 : 0);
        return { es, ef: es + t.duration };
      };
      for (const l of links) {
        const from = bounds(l.from);
        const to = bounds(l.to);
        const satisfied = { FS: to.es >= from.ef + l.lag, SS: to.es >= from.es + l.lag, FF: to.ef >= from.ef + l.lag, SF: to.ef >= from.es + l.lag }[l.type];
        expect(satisfied, `seed ${seed} link ${l.id} (${l.type}${l.lag})`).toBe(true);
        expect(result.tasks.get(l.from)?.freeFloat).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
