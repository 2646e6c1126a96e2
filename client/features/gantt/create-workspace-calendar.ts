// The workspace's working calendar (preset, weekdays, its own holidays and make-up days), rebuilt
// only when the workspace room's calendar settings change.
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { readCalendarSettings, type CalendarSettings } from '../../../shared/schema';

export function createWorkspaceCalendar(doc: Y.Doc): Accessor<WorkingCalendar> {
  const [settings, setSettings] = createSignal<CalendarSettings>(readCalendarSettings(doc), { equals: sameSettings });
  const refresh = (): void => void setSettings(readCalendarSettings(doc));
  doc.on('update', refresh);
  onCleanup(() => doc.off('update', refresh));
  return createMemo(() => buildWorkingCalendar(settings()));
}

function sameSettings(a: CalendarSettings, b: CalendarSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
