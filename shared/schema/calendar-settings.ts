// The workspace calendar in the workspace room: scalar settings as fields, extra days as key sets so
// two people adding days off at the same time both keep theirs.
import * as Y from 'yjs';
import {
  DEFAULT_CALENDAR_SETTINGS, isCalendarPreset, type CalendarSettings,
} from '../domain/calendar/calendar-settings';
import { isIsoDay, type IsoDay } from '../iso-day';
import { fail, ok, type Result } from '../result';
import { isRecordMap, readKeySet } from './fields';
import { workspaceRoots } from './workspace-roots';

export type { CalendarSettings, CalendarPreset } from '../domain/calendar/calendar-settings';
export { DEFAULT_CALENDAR_SETTINGS } from '../domain/calendar/calendar-settings';

export type CalendarFailure = 'invalid-preset' | 'invalid-weekdays' | 'invalid-day' | 'too-many-days';

/** Enough for decades of team-specific days; a longer list is a paste accident. */
const MAX_EXTRA_DAYS = 2_000;

export function readCalendarSettings(doc: Y.Doc): CalendarSettings {
  const root = workspaceRoots(doc).calendar;
  const preset = root.get('preset');
  const weekdays = root.get('workingWeekdays');
  return {
    preset: isCalendarPreset(preset) ? preset : DEFAULT_CALENDAR_SETTINGS.preset,
    workingWeekdays: isWeekdayList(weekdays) ? [...new Set(weekdays)].sort((a, b) => a - b) : DEFAULT_CALENDAR_SETTINGS.workingWeekdays,
    extraHolidays: readKeySet(root, 'extraHolidays', isIsoDay) as IsoDay[],
    extraWorkdays: readKeySet(root, 'extraWorkdays', isIsoDay) as IsoDay[],
  };
}

export function setCalendarSettings(doc: Y.Doc, settings: CalendarSettings, origin: unknown): Result<void, CalendarFailure> {
  if (!isCalendarPreset(settings.preset)) return fail('invalid-preset');
  if (!isWeekdayList(settings.workingWeekdays) || settings.workingWeekdays.length === 0) return fail('invalid-weekdays');
  const days = [...settings.extraHolidays, ...settings.extraWorkdays];
  if (!days.every(isIsoDay)) return fail('invalid-day');
  if (settings.extraHolidays.length > MAX_EXTRA_DAYS || settings.extraWorkdays.length > MAX_EXTRA_DAYS) return fail('too-many-days');
  const root = workspaceRoots(doc).calendar;
  const current = readCalendarSettings(doc);
  doc.transact(() => {
    if (root.get('preset') !== settings.preset) root.set('preset', settings.preset);
    const weekdays = [...new Set(settings.workingWeekdays)].sort((a, b) => a - b);
    if (weekdays.join() !== current.workingWeekdays.join() || !root.has('workingWeekdays')) root.set('workingWeekdays', weekdays);
    writeDaySet(root, 'extraHolidays', settings.extraHolidays);
    writeDaySet(root, 'extraWorkdays', settings.extraWorkdays);
  }, origin);
  return ok(undefined);
}

function isWeekdayList(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= 7 && value.every((day) => Number.isInteger(day) && day >= 0 && day <= 6);
}

function writeDaySet(root: Y.Map<unknown>, key: string, days: readonly IsoDay[]): void {
  const existing = root.get(key);
  const set = isRecordMap(existing) ? existing : new Y.Map<unknown>();
  if (set !== existing) root.set(key, set);
  const wanted = new Set(days);
  for (const day of [...set.keys()]) if (!wanted.has(day as IsoDay)) set.delete(day);
  for (const day of wanted) if (set.get(day) !== true) set.set(day, true);
}
