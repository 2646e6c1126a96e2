// Turns a workspace's calendar settings into the working calendar the scheduling engine counts with.
import type { IsoDay } from '../../iso-day';
import type { CalendarSettings } from './calendar-settings';
import { chinaCalendar } from './china-calendar';
import { makeCalendar, type WorkingCalendar } from './working-calendar';

export function buildWorkingCalendar(settings: CalendarSettings): WorkingCalendar {
  const preset = settings.preset === 'china' ? chinaCalendar() : makeCalendar();
  const extraWorkdays = new Set(settings.extraWorkdays);
  const holidays = new Set<IsoDay>([...preset.holidays, ...settings.extraHolidays].filter((day) => !extraWorkdays.has(day)));
  const extraHolidays = new Set(settings.extraHolidays);
  const makeUpWorkdays = new Set<IsoDay>([...[...preset.makeUpWorkdays].filter((day) => !extraHolidays.has(day)), ...extraWorkdays]);
  // a calendar with no working weekday at all would make every duration endless: keep Monday–Friday
  const workingWeekdays = settings.workingWeekdays.length > 0 ? settings.workingWeekdays : [1, 2, 3, 4, 5];
  return makeCalendar({ workingWeekdays, holidays, makeUpWorkdays });
}
