// The workspace's working calendar (preset, weekdays, its own holidays and make-up days), rebuilt
// only when the workspace room's calendar settings change (read again after each transaction).
import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { readCalendarSettings, type CalendarSettings } from '../../../shared/schema';
import { createTransactionCount } from './create-transaction-count';

export function createWorkspaceCalendar(doc: Y.Doc): Accessor<WorkingCalendar> {
  const changes = createTransactionCount(doc);
  const settings = createMemo<CalendarSettings>(() => (changes(), readCalendarSettings(doc)), readCalendarSettings(doc), { equals: sameSettings });
  return createMemo(() => buildWorkingCalendar(settings()));
}

function sameSettings(a: CalendarSettings, b: CalendarSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
