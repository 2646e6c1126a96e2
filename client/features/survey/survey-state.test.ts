import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { isSurveyDue, loadSurveyState, NO_SURVEY_STATE, parseSurveyState, saveSurveyState, settledFor, surveyDay, surveyStorageKey, withFirstUse } from './survey-state';

const WS = 'workspace01';
const OTHER_WS = 'workspace02';

const d = (day: string) => day as IsoDay;

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('survey state', () => {
  it('waits out the first day of use, asks the next day, and not again that month once settled', () => {
    let state = withFirstUse(NO_SURVEY_STATE, d('2026-11-30'));
    expect(isSurveyDue(state, d('2026-11-30'))).toBe(false);
    expect(isSurveyDue(state, d('2026-12-01'))).toBe(true);
    state = settledFor(state, d('2026-12-01'));
    expect(state).toEqual({ firstUseDay: '2026-11-30', settledMonths: {}, lastAskedMonth: '2026-12' });
    expect(withFirstUse(state, d('2026-12-02')).firstUseDay).toBe('2026-11-30');
    expect(isSurveyDue(state, d('2026-12-31'))).toBe(false);
    expect(isSurveyDue(state, d('2027-01-01'))).toBe(true);
  });

  it('reads a per-workspace month written by an older version as settling this month everywhere', () => {
    const old = parseSurveyState(`{"firstUseDay":"2026-11-02","settledMonths":{"${WS}":"2026-12","${OTHER_WS}":"2026-11"},"lastAskedMonth":null}`);
    expect(isSurveyDue(old, d('2026-12-20'))).toBe(false);
    expect(isSurveyDue(old, d('2027-01-02'))).toBe(true);
    // settling drops the old entries: only lastAskedMonth is written now
    expect(settledFor(old, d('2027-01-02'))).toEqual({ firstUseDay: '2026-11-02', settledMonths: {}, lastAskedMonth: '2027-01' });
  });

  it('round-trips through storage per person and reads anything malformed as nothing known', () => {
    const storage = memoryStorage();
    const state = { firstUseDay: d('2026-11-02'), settledMonths: { [WS]: '2026-11' }, lastAskedMonth: null };
    expect(saveSurveyState(storage, 'user_a', state)).toBe(true);
    expect(loadSurveyState(storage, 'user_a')).toEqual(state);
    expect(loadSurveyState(storage, 'user_b')).toEqual(NO_SURVEY_STATE);
    expect(parseSurveyState('{"firstUseDay":"2026-13-01","lastAskedMonth":"2026-13"}')).toEqual(NO_SURVEY_STATE);
    expect(parseSurveyState('not json')).toEqual(NO_SURVEY_STATE);
    expect(parseSurveyState('null')).toEqual(NO_SURVEY_STATE);
    storage.items.set(surveyStorageKey('user_c'), '{"firstUseDay":"2026-11-02","lastAskedMonth":7}');
    expect(loadSurveyState(storage, 'user_c')).toEqual({ firstUseDay: '2026-11-02', settledMonths: {}, lastAskedMonth: null });
    // a bad entry is dropped, the good ones kept
    expect(parseSurveyState(`{"settledMonths":{"${WS}":"2026-11","${OTHER_WS}":"2026-13","bad id!":"2026-11"}}`).settledMonths).toEqual({ [WS]: '2026-11' });
    expect(parseSurveyState('{"settledMonths":["2026-11"]}').settledMonths).toEqual({});
  });

  it('never asks when the device keeps nothing', () => {
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    expect(loadSurveyState(throwing, 'user_a')).toEqual(NO_SURVEY_STATE);
    expect(saveSurveyState(throwing, 'user_a', NO_SURVEY_STATE)).toBe(false);
    expect(saveSurveyState(null, 'user_a', NO_SURVEY_STATE)).toBe(false);
    expect(isSurveyDue(NO_SURVEY_STATE, d('2026-12-01'))).toBe(false);
  });

  it('counts days as China days, like the relay', () => {
    expect(surveyDay(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12-01'); // 00:00 in China
    expect(surveyDay(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11-30');
  });
});
