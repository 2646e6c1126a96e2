import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { REMINDER_OFF, loadReminderSetting, parseReminderSetting, reminderStorageKey, saveReminderSetting, serializeReminderSetting } from './reminder-setting';

const WORKSPACE = 'ws_12345678' as WorkspaceId;

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('reminder setting', () => {
  it('round-trips a time and the last shown day', () => {
    const setting = { time: '08:30', lastShownDay: '2026-12-03' as IsoDay };
    expect(parseReminderSetting(serializeReminderSetting(setting))).toEqual(setting);
    expect(parseReminderSetting(serializeReminderSetting(REMINDER_OFF))).toEqual(REMINDER_OFF);
  });

  it('reads nothing stored as off', () => {
    expect(parseReminderSetting(null)).toEqual(REMINDER_OFF);
  });

  it.each([
    ['not JSON', '{time: 08:30'],
    ['a number', '830'],
    ['null', 'null'],
    ['hour 24', '{"time":"24:00","lastShownDay":null}'],
    ['no leading zero', '{"time":"8:30","lastShownDay":null}'],
    ['seconds', '{"time":"08:30:00","lastShownDay":null}'],
    ['a number time', '{"time":830,"lastShownDay":null}'],
  ])('falls back to off for a bad stored value (%s)', (_name, text) => {
    expect(parseReminderSetting(text).time).toBeNull();
  });

  it('keeps a good time when only the last shown day is bad', () => {
    expect(parseReminderSetting('{"time":"07:05","lastShownDay":"2026-02-30"}')).toEqual({ time: '07:05', lastShownDay: null });
  });

  it('is stored per workspace on the device', () => {
    const storage = memoryStorage();
    expect(saveReminderSetting(storage, WORKSPACE, { time: '18:00', lastShownDay: null })).toBe(true);
    expect(storage.items.has(reminderStorageKey(WORKSPACE))).toBe(true);
    expect(loadReminderSetting(storage, WORKSPACE)).toEqual({ time: '18:00', lastShownDay: null });
    expect(loadReminderSetting(storage, 'ws_other_ws1' as WorkspaceId)).toEqual(REMINDER_OFF);
  });

  it('reports a device that will not store it, and reads a throwing storage as off', () => {
    const broken: Pick<Storage, 'getItem' | 'setItem'> = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
    };
    expect(saveReminderSetting(broken, WORKSPACE, { time: '08:00', lastShownDay: null })).toBe(false);
    expect(saveReminderSetting(null, WORKSPACE, { time: '08:00', lastShownDay: null })).toBe(false);
    expect(loadReminderSetting(broken, WORKSPACE)).toEqual(REMINDER_OFF);
  });
});
