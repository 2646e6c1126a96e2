// What this device remembers about the satisfaction survey for one person: the first day they used
// the app here and the month ('YYYY-MM') they last answered or dismissed it. Two short strings per
// person in localStorage, validated on every read; nothing else is kept (an answer that could not be
// sent is not queued: the survey simply asks again another time).
import { isIsoDay, localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { shouldAskSatisfaction } from '../health/survey-timing';

/** The relay counts answers per China month (server/metrics/telemetry-routes.ts); so does the survey. */
export const SURVEY_TIME_ZONE_OFFSET_MINUTES = -480;

export interface SurveyState {
  readonly firstUseDay: IsoDay | null;
  readonly lastAskedMonth: string | null;
}

export const NO_SURVEY_STATE: SurveyState = { firstUseDay: null, lastAskedMonth: null };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'sitebeam.survey.';
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

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
  if (text === null) return NO_SURVEY_STATE;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return NO_SURVEY_STATE;
    const { firstUseDay, lastAskedMonth } = value as Record<string, unknown>;
    return {
      firstUseDay: isIsoDay(firstUseDay) ? firstUseDay : null,
      lastAskedMonth: typeof lastAskedMonth === 'string' && MONTH_PATTERN.test(lastAskedMonth) ? lastAskedMonth : null,
    };
  } catch {
    return NO_SURVEY_STATE;
  }
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
    storage.setItem(surveyStorageKey(userId), JSON.stringify({ firstUseDay: state.firstUseDay, lastAskedMonth: state.lastAskedMonth }));
    return true;
  } catch {
    return false;
  }
}

/** Today becomes the first day of use when none is known yet; the survey then waits for a later day. */
export function withFirstUse(state: SurveyState, today: IsoDay): SurveyState {
  return state.firstUseDay === null ? { ...state, firstUseDay: today } : state;
}

/** An answer (sent, or already given this month) and a dismissal both settle this month. */
export function settledFor(state: SurveyState, today: IsoDay): SurveyState {
  return { ...state, lastAskedMonth: monthOf(today) };
}

export function isSurveyDue(state: SurveyState, today: IsoDay): boolean {
  return shouldAskSatisfaction({ today, firstUseDay: state.firstUseDay, lastAskedMonth: state.lastAskedMonth });
}
