// What this device remembers about the satisfaction survey for one person: the first day they used
// the app here and the month ('YYYY-MM') they last answered or dismissed it, in any workspace (the
// relay takes one answer per person per month across workspaces, and the card asks at most once a
// month per person). A short JSON string per person in
// localStorage, validated on every read; nothing else is kept (an answer that could not be sent is
// not queued: the survey simply asks again another time).
import { isIsoDay, localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { shouldAskSatisfaction } from '../health/survey-timing';
import { parseStoredObject } from '../../storage/stored-object';

/** The relay counts answers per China month (server/metrics/telemetry-routes.ts); so does the survey. */
export const SURVEY_TIME_ZONE_OFFSET_MINUTES = -480;

export interface SurveyState {
  readonly firstUseDay: IsoDay | null;
  /**
   * Written while answers were per workspace (workspace id → month settled there): only read, an
   * entry of this month still settles the month (in every workspace now). New writes leave it empty.
   */
  readonly settledMonths: Readonly<Record<string, string>>;
  /** The month the survey was last answered or dismissed on this device, in any workspace. */
  readonly lastAskedMonth: string | null;
}

export const NO_SURVEY_STATE: SurveyState = { firstUseDay: null, settledMonths: {}, lastAskedMonth: null };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'sitebeam.survey.';
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Workspace ids are short; anything longer or stranger in storage is not ours. */
const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function surveyStorageKey(userId: string): string {
  return `${KEY_PREFIX}${userId}`;
}

export function surveyDay(now: number): IsoDay {
  return localIsoDay(now, SURVEY_TIME_ZONE_OFFSET_MINUTES);
}

export function monthOf(day: IsoDay): string {
  return day.slice(0, 7);
}

export function parseSurveyState(text: string | null): SurveyState {
  const value = parseStoredObject(text);
  if (value === null) return NO_SURVEY_STATE;
  const { firstUseDay, lastAskedMonth, settledMonths } = value;
  return {
    firstUseDay: isIsoDay(firstUseDay) ? firstUseDay : null,
    settledMonths: parseSettledMonths(settledMonths),
    lastAskedMonth: isMonth(lastAskedMonth) ? lastAskedMonth : null,
  };
}

function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

function parseSettledMonths(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => WORKSPACE_ID_PATTERN.test(entry[0]) && isMonth(entry[1])));
}

/** Storage may be missing or throw (private mode): then nothing is known and the survey never asks. */
export function loadSurveyState(storage: KeyValueStore | null, userId: string): SurveyState {
  try {
    return parseSurveyState(storage?.getItem(surveyStorageKey(userId)) ?? null);
  } catch {
    return NO_SURVEY_STATE;
  }
}

/** False when the device would not keep it. */
export function saveSurveyState(storage: KeyValueStore | null, userId: string, state: SurveyState): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(surveyStorageKey(userId), JSON.stringify({ firstUseDay: state.firstUseDay, settledMonths: state.settledMonths, lastAskedMonth: state.lastAskedMonth }));
    return true;
  } catch {
    return false;
  }
}

/** Today becomes the first day of use when none is known yet; the survey then waits for a later day. */
export function withFirstUse(state: SurveyState, today: IsoDay): SurveyState {
  return state.firstUseDay === null ? { ...state, firstUseDay: today } : state;
}

/**
 * An answer (sent, or already given this month in any workspace) and a dismissal both settle this
 * month for this person in every workspace: the card asks at most once a month per person.
 */
export function settledFor(state: SurveyState, today: IsoDay): SurveyState {
  return { ...state, settledMonths: {}, lastAskedMonth: monthOf(today) };
}

/** The month the survey was last settled: this month when any record (old per-workspace ones too) names it. */
export function lastSettledMonth(state: SurveyState, today: IsoDay): string | null {
  const month = monthOf(today);
  if (state.lastAskedMonth === month || Object.values(state.settledMonths).includes(month)) return month;
  return state.lastAskedMonth;
}

/** Due on this device; the card still asks the relay whether an answer was given elsewhere this month. */
export function isSurveyDue(state: SurveyState, today: IsoDay): boolean {
  return shouldAskSatisfaction({ today, firstUseDay: state.firstUseDay, lastAskedMonth: lastSettledMonth(state, today) });
}
