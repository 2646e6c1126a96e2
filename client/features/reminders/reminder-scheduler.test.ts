import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import { MAX_REMINDER_WAIT_MS, makeReminderScheduler, type ReminderScheduler } from './reminder-scheduler';
import { REMINDER_OFF, type ReminderSetting } from './reminder-setting';

const CHINA = -480;
// 2026-12-04 is a Friday; 08:30 in Beijing is 00:30 UTC.
const FRIDAY_8AM = Date.parse('2026-12-04T00:00:00Z');

interface Harness {
  readonly scheduler: ReminderScheduler;
  readonly shown: IsoDay[];
  stored: ReminderSetting;
}

function start(initial: ReminderSetting, options: { storageWorks?: boolean } = {}): Harness {
  const harness: { scheduler?: ReminderScheduler; shown: IsoDay[]; stored: ReminderSetting } = { shown: [], stored: initial };
  harness.scheduler = makeReminderScheduler({
    now: () => Date.now(),
    offsetAt: () => CHINA,
    calendar: () => makeCalendar(),
    load: () => harness.stored,
    save: (setting) => {
      if (options.storageWorks ?? true) harness.stored = setting;
    },
    show: async (day) => void harness.shown.push(day),
    onShowFailed: () => undefined,
  });
  harness.scheduler.replan();
  return harness as Harness;
}

describe('makeReminderScheduler', () => {
  let running: Harness | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(FRIDAY_8AM);
  });
  afterEach(() => {
    running?.scheduler.dispose();
    vi.useRealTimers();
  });

  it('shows the reminder when its time comes, once, and records the day', async () => {
    running = start({ time: '08:30', lastShownDay: null });
    await vi.advanceTimersByTimeAsync(29 * 60_000);
    expect(running.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(running.shown).toEqual(['2026-12-04']);
    expect(running.stored).toEqual({ time: '08:30', lastShownDay: '2026-12-04' });
    await vi.advanceTimersByTimeAsync(6 * 60 * 60_000);
    expect(running.shown).toEqual(['2026-12-04']);
  });

  it('skips the weekend: after Friday the next one is on Monday', async () => {
    running = start({ time: '08:30', lastShownDay: '2026-12-04' as IsoDay });
    // Monday 08:29 local time: still nothing
    await vi.advanceTimersByTimeAsync(3 * 24 * 60 * 60_000 + 29 * 60_000);
    expect(running.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(running.shown).toEqual(['2026-12-07']);
  });

  it('sets no timer while the reminder is off', () => {
    running = start(REMINDER_OFF);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never waits longer than the cap in one timer, so a changed clock is noticed', () => {
    running = start({ time: '08:30', lastShownDay: '2026-12-04' as IsoDay });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(MAX_REMINDER_WAIT_MS - 1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('catches up at once when the page wakes after the time (a sleeping device fired no timer)', () => {
    running = start({ time: '08:30', lastShownDay: null });
    vi.setSystemTime(Date.parse('2026-12-04T03:00:00Z'));
    running.scheduler.replan();
    expect(running.shown).toEqual(['2026-12-04']);
  });

  it('never shows twice a day even when the device cannot store the day', async () => {
    running = start({ time: '07:00', lastShownDay: null }, { storageWorks: false });
    expect(running.shown).toEqual(['2026-12-04']);
    running.scheduler.replan();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(running.shown).toEqual(['2026-12-04']);
  });

  it('stops after dispose', async () => {
    running = start({ time: '08:30', lastShownDay: null });
    running.scheduler.dispose();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(running.shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
