import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/china-calendar';
import { addDays } from '../calendar/day-number';
import { previousWorkingDay } from '../calendar/working-calendar';
import type { LinkId, TaskId } from '../../ids';
import type { LabourRecord } from '../finance/labour-record';
import { ALICE, BOB, COLUMNS, DOING, DONE, PROJECT, day, task } from './briefing-fixtures';
import { DEFAULT_BRIEFING_TEMPLATE, validateBriefingTemplate } from './briefing-template';
import type { BriefingInput, BriefingPart } from './briefing-types';
import { composeBriefing } from './compose-briefing';

const TODAY = day('2026-03-02'); // a Monday
const calendar = chinaCalendar();
const YESTERDAY = previousWorkingDay(calendar, addDays(TODAY, -1));

const tasks = [
  task('done-yesterday', { columnId: DONE, assignees: [ALICE] }),
  task('done-long-ago', { columnId: DONE }),
  task('due-today', { dueDate: TODAY, assignees: [ALICE] }),
  task('late-3', { dueDate: day('2026-02-27'), assignees: [BOB] }),
  task('late-1', { dueDate: day('2026-03-01'), columnId: DOING }),
  task('running', { assignees: [ALICE], columnId: DOING, percentComplete: 40 }),
  task('blocked', { assignees: [BOB] }),
  task('not-started', { assignees: [BOB] }),
];
const scheduled = new Map([
  ['running', { start: day('2026-02-26'), finish: day('2026-03-04') }],
  ['blocked', { start: TODAY, finish: day('2026-03-03') }],
  ['not-started', { start: day('2026-02-27'), finish: day('2026-03-05') }],
]);
const link = { id: 'link_1234567890' as LinkId, from: 'running' as TaskId, to: 'blocked' as TaskId, type: 'FS' as const, lag: 0, createdAt: 0 };

function input(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return {
    scope: { kind: 'team' }, today: TODAY, yesterday: YESTERDAY, template: DEFAULT_BRIEFING_TEMPLATE,
    projects: [{ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks, links: [link], scheduled }],
    completions: [{ taskId: 'done-yesterday' as TaskId, day: YESTERDAY }, { taskId: 'done-long-ago' as TaskId, day: day('2026-01-05') }],
    ...overrides,
  };
}

function titles(part: BriefingPart | undefined): string[] {
  if (!part || !('list' in part)) return [];
  return part.list.items.map((item) => item.title);
}

describe('composeBriefing', () => {
  it("yesterday is the calendar's previous working day: after the Spring Festival, Monday's is the make-up Saturday", () => {
    expect(YESTERDAY).toBe('2026-02-28');
    expect(previousWorkingDay(calendar, addDays(day('2026-03-09'), -1))).toBe('2026-03-06');
  });

  it('lists completions of yesterday, today\'s running and due tasks, and overdue items most late first', () => {
    const briefing = composeBriefing(input());
    const [numbers, done, plan, overdue, risks] = briefing.parts;
    expect(titles(done)).toEqual(['done-yesterday']);
    expect(titles(plan)).toEqual(['due-today', 'running', 'blocked', 'not-started']);
    expect(titles(overdue)).toEqual(['late-3', 'late-1']);
    expect(overdue?.section === 'overdue' ? overdue.list.items.map((item) => item.daysLate) : []).toEqual([3, 1]);
    expect(risks?.section === 'risks' ? risks.list.items.map((risk) => [risk.title, risk.kind]) : []).toEqual([
      ['blocked', 'blocked'], ['not-started', 'late-start'],
    ]);
    expect(numbers).toEqual({ section: 'keyNumbers', numbers: { open: 6, doneYesterday: 1, dueToday: 1, overdue: 2, risks: 2 } });
  });

  it('a person sees only the tasks assigned to them', () => {
    const briefing = composeBriefing(input({ scope: { kind: 'person', userId: BOB } }));
    expect(briefing.parts.flatMap(titles)).toEqual(['blocked', 'not-started', 'late-3', 'blocked', 'not-started']);
  });

  it('a done task is not overdue, and a done predecessor no longer blocks', () => {
    const all = tasks.map((t) => (t.id === 'running' || t.id === 'late-3' ? { ...t, columnId: DONE } : t));
    const briefing = composeBriefing(input({ projects: [{ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks: all, links: [link], scheduled }] }));
    expect(titles(briefing.parts[3])).toEqual(['late-1']);
    expect(titles(briefing.parts[4])).toEqual(['not-started']);
  });

  it('follows the template: only its sections, in its order, with at most its number of items', () => {
    const template = validateBriefingTemplate({ sections: ['overdue', 'keyNumbers'], maxItemsPerSection: 1 });
    if (!template.ok) throw new Error(template.reason);
    const briefing = composeBriefing(input({ template: template.value }));
    expect(briefing.parts.map((part) => part.section)).toEqual(['overdue', 'keyNumbers']);
    expect(briefing.parts[0]?.section === 'overdue' ? briefing.parts[0].list : null).toEqual({ items: [expect.objectContaining({ title: 'late-3' })], more: 1 });
  });

  it('sums yesterday\'s labour per project for the team briefing', () => {
    const record = (fields: Partial<LabourRecord>): LabourRecord => ({
      id: 'lab_000000000001', workerId: 'wrk_000000000001', day: YESTERDAY, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8,
      pay: 'day-rate', dayRate: 30000, pieceRate: 0, quantity: 0, overtimeHours: 0, overtimeRate: 0, content: '', taskId: null,
      foremanId: null, signOff: 'signed', signedBy: null, signedAt: null, ...fields,
    } as LabourRecord);
    const labour = [record({ manDays: 0.5 }), record({ manDays: 1, signOff: 'pending' }), record({ timeUnit: 'hours', hours: 3 }), record({ day: TODAY })];
    const briefing = composeBriefing(input({ projects: [{ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks: [], labour }] }));
    expect(briefing.parts[5]).toEqual({ section: 'labourYesterday', lines: [{ projectName: 'Tower', records: 3, manDays: 1.5, hours: 3, pending: 1 }] });
  });
});

describe('validateBriefingTemplate', () => {
  it('refuses unknown or repeated sections and silly limits', () => {
    expect(validateBriefingTemplate({ sections: [] })).toEqual({ ok: false, reason: 'no-sections' });
    expect(validateBriefingTemplate({ sections: ['weather'] })).toEqual({ ok: false, reason: 'unknown-section' });
    expect(validateBriefingTemplate({ sections: ['risks', 'risks'] })).toEqual({ ok: false, reason: 'repeated-section' });
    expect(validateBriefingTemplate({ sections: ['risks'], maxItemsPerSection: 0 })).toEqual({ ok: false, reason: 'invalid-max-items' });
    expect(validateBriefingTemplate(DEFAULT_BRIEFING_TEMPLATE)).toEqual({ ok: true, value: DEFAULT_BRIEFING_TEMPLATE });
  });
});
