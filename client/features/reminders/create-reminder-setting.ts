// This device's reminder setting for one workspace as a signal. Every instance (the Today card, the
// scheduler, other tabs) re-reads it when any of them saves, through a window event or `storage`.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WorkspaceId } from '../../../shared/ids';
import { loadReminderSetting, reminderStorageKey, saveReminderSetting, type ReminderSetting } from './reminder-setting';

const CHANGED_EVENT = 'sitebeam:reminder-changed';

export interface ReminderSettingHandle {
  readonly setting: Accessor<ReminderSetting>;
  /** False when the device would not keep it. */
  save(next: ReminderSetting): boolean;
}

export function deviceStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Must run inside a reactive owner: its listeners go with the owner. */
export function createReminderSetting(workspaceId: WorkspaceId): ReminderSettingHandle {
  const storage = deviceStorage();
  const read = (): ReminderSetting => loadReminderSetting(storage, workspaceId);
  const [setting, setSetting] = createSignal(read(), { equals: (a, b) => a.time === b.time && a.lastShownDay === b.lastShownDay });
  const reread = (): void => void setSetting(read());
  const onStorage = (event: StorageEvent): void => {
    if (event.key === null || event.key === reminderStorageKey(workspaceId)) reread();
  };
  window.addEventListener(CHANGED_EVENT, reread);
  window.addEventListener('storage', onStorage);
  onCleanup(() => {
    window.removeEventListener(CHANGED_EVENT, reread);
    window.removeEventListener('storage', onStorage);
  });
  return {
    setting,
    save(next) {
      const saved = saveReminderSetting(storage, workspaceId, next);
      window.dispatchEvent(new Event(CHANGED_EVENT));
      return saved;
    },
  };
}
