// The person's reminder setting for one workspace as a signal: the time from their member record in the
// workspace room (synced to every device they use), the last shown day from this device
// (person-reminder.ts says how the two combine; a viewer's time stays on the device). Every instance
// (the Today card, the scheduler, other tabs) re-reads the device part when any of them saves, through
// a window event or `storage`, and the synced part on every change of the workspace room. A time kept
// on this device from before is moved to the member record the first time it is read here. Written with
// the session's system origin, so no undo manager tracks it.
import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { UserId, WorkspaceId } from '../../../shared/ids';
import { readPersonReminder, setPersonReminder, type PersonReminder } from '../../../shared/schema';
import { createDocView } from '../labour/create-finance-view';
import { offsetAt } from '../today/today-clock';
import { effectiveReminderSetting, legacyReminderMove, reminderWrites, type ReminderWrites } from './person-reminder';
import { loadReminderSetting, reminderStorageKey, saveReminderSetting, type ReminderSetting } from './reminder-setting';

const CHANGED_EVENT = 'sitebeam:reminder-changed';

export interface ReminderSettingHandle {
  readonly setting: Accessor<ReminderSetting>;
  /** False when neither the workspace room nor the device would keep it. */
  save(next: ReminderSetting): boolean;
}

export interface ReminderSettingSource {
  readonly workspaceId: WorkspaceId;
  /** The workspace room, where the person's member record is. */
  readonly doc: Y.Doc;
  readonly userId: Accessor<UserId>;
  /** False for a viewer (a read-only workspace room). */
  readonly writable: Accessor<boolean>;
  /**
   * The session's system origin (session.systemOrigin): a reminder time is the person's own setting,
   * not an edit of the workspace, so the workspace's Undo must never take it back.
   */
  readonly systemOrigin: object;
  readonly calendar: Accessor<WorkingCalendar>;
}

export function deviceStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const sameSetting = (a: ReminderSetting, b: ReminderSetting): boolean => a.time === b.time && a.lastShownDay === b.lastShownDay;
const samePerson = (a: PersonReminder | null, b: PersonReminder | null): boolean => a === b || (a !== null && b !== null && a.time === b.time && a.chosenAt === b.chosenAt);

/** Must run inside a reactive owner: its listeners go with the owner. */
export function createReminderSetting(source: ReminderSettingSource): ReminderSettingHandle {
  const storage = deviceStorage();
  const read = (): ReminderSetting => loadReminderSetting(storage, source.workspaceId);
  const [device, setDevice] = createSignal(read(), { equals: sameSetting });
  const reread = (): void => void setDevice(read());
  const onStorage = (event: StorageEvent): void => {
    if (event.key === null || event.key === reminderStorageKey(source.workspaceId)) reread();
  };
  window.addEventListener(CHANGED_EVENT, reread);
  window.addEventListener('storage', onStorage);
  onCleanup(() => {
    window.removeEventListener(CHANGED_EVENT, reread);
    window.removeEventListener('storage', onStorage);
  });
  const room = createDocView(source.doc, (doc) => doc);
  const person = createMemo(() => readPersonReminder(room(), source.userId()), null, { equals: samePerson });
  const setting = createMemo(() => effectiveReminderSetting(person(), device(), source.writable(), { offsetAt, calendar: source.calendar() }), undefined, { equals: sameSetting });

  const apply = (writes: ReminderWrites): boolean => {
    let device = writes.device;
    let synced = false;
    if (writes.person !== null) {
      synced = setPersonReminder(source.doc, source.userId(), writes.person, source.systemOrigin).ok;
      // no member record yet (the workspace room still loading): the device keeps the time meanwhile
      if (!synced) device = { time: writes.person.time, lastShownDay: writes.device.lastShownDay };
    }
    const stored = saveReminderSetting(storage, source.workspaceId, device);
    window.dispatchEvent(new Event(CHANGED_EVENT));
    return stored || synced;
  };
  createEffect(() => {
    room(); // tried again when the room changes: the member record may arrive after the device time is read
    const move = legacyReminderMove(person(), device(), source.writable(), Date.now());
    if (move !== null) apply(move);
  });
  return {
    setting,
    save: (next) => apply(reminderWrites(next, person(), source.writable(), Date.now())),
  };
}
