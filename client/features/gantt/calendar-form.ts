// The working-calendar dialog's form as plain data: what the team typed (weekday ticks, the China
// preset on or off, days off and make-up working days as lists of days) turned into calendar
// settings, or the first problem to show. Days may be typed one per line or separated by commas,
// spaces or the Chinese comma and 、; 2026/10/8 is read as 2026-10-08.
import type { CalendarSettings } from '../../../shared/schema';
import { isIsoDay, type IsoDay } from '../../../shared/iso-day';
import { ok, type Result } from '../../../shared/result';

export interface CalendarForm {
  readonly china: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  readonly workingWeekdays: ReadonlySet<number>;
  readonly extraHolidays: string;
  readonly extraWorkdays: string;
}

export type CalendarFormProblem =
  | { readonly kind: 'no-weekdays' }
  | { readonly kind: 'bad-day'; readonly list: 'holidays' | 'workdays'; readonly typed: string }
  | { readonly kind: 'both-lists'; readonly day: IsoDay };

/** The settings to save, or the first problem to show (Result carries string reasons only). */
export type CalendarFormOutcome =
  | { readonly ok: true; readonly settings: CalendarSettings }
  | { readonly ok: false; readonly problem: CalendarFormProblem };

export function formFromSettings(settings: CalendarSettings): CalendarForm {
  return {
    china: settings.preset === 'china',
    workingWeekdays: new Set(settings.workingWeekdays),
    extraHolidays: [...settings.extraHolidays].sort().join('\n'),
    extraWorkdays: [...settings.extraWorkdays].sort().join('\n'),
  };
}

export function settingsFromForm(form: CalendarForm): CalendarFormOutcome {
  if (form.workingWeekdays.size === 0) return { ok: false, problem: { kind: 'no-weekdays' } };
  const holidays = parseDayList(form.extraHolidays);
  if (!holidays.ok) return { ok: false, problem: { kind: 'bad-day', list: 'holidays', typed: holidays.reason } };
  const workdays = parseDayList(form.extraWorkdays);
  if (!workdays.ok) return { ok: false, problem: { kind: 'bad-day', list: 'workdays', typed: workdays.reason } };
  const off = new Set(holidays.value);
  const both = workdays.value.find((day) => off.has(day));
  if (both !== undefined) return { ok: false, problem: { kind: 'both-lists', day: both } };
  return {
    ok: true,
    settings: {
      preset: form.china ? 'china' : 'none',
      workingWeekdays: [...form.workingWeekdays].filter((day) => Number.isInteger(day) && day >= 0 && day <= 6).sort((a, b) => a - b),
      extraHolidays: holidays.value,
      extraWorkdays: workdays.value,
    },
  };
}

/** The days in a typed list, sorted without repeats; the reason is the first entry that isn't a day. */
export function parseDayList(typed: string): Result<IsoDay[], string> {
  const days = new Set<IsoDay>();
  for (const entry of typed.split(/[\s,，、;；]+/)) {
    if (entry === '') continue;
    const day = normalizeDay(entry);
    if (day === null) return { ok: false, reason: entry };
    days.add(day);
  }
  return ok([...days].sort());
}

function normalizeDay(entry: string): IsoDay | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(entry);
  if (!match) return null;
  const day = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
  return isIsoDay(day) ? day : null;
}
