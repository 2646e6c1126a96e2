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
    expect(isSurveyDue(state, WS, d('2026-11-30'))).toBe(false);
    expect(isSurveyDue(state, WS, d('2026-12-01'))).toBe(true);
    state = settledFor(state, WS, d('2026-12-01'));
    expect(withFirstUse(state, d('2026-12-02')).firstUseDay).toBe('2026-11-30');
    expect(isSurveyDue(state, WS, d('2026-12-31'))).toBe(false);
    expect(isSurveyDue(state, WS, d('2027-01-01'))).toBe(true);
  });

  it('settles each workspace on its own: an answer in one still asks in the other the same month', () => {
    const started = withFirstUse(NO_SURVEY_STATE, d('2026-11-30'));
    const answeredHere = settledFor(started, WS, d('2026-12-02'));
    expect(isSurveyDue(answeredHere, WS, d('2026-12-03'))).toBe(false);
    expect(isSurveyDue(answeredHere, OTHER_WS, d('2026-12-03'))).toBe(true);
    const both = settledFor(answeredHere, OTHER_WS, d('2026-12-03'));
    expect(both.settledMonths).toEqual({ [WS]: '2026-12', [OTHER_WS]: '2026-12' });
    expect(isSurveyDue(both, OTHER_WS, d('2026-12-04'))).toBe(false);
    // next month: only the workspace settled then is kept, so the entries never pile up
    expect(settledFor(both, WS, d('2027-01-05')).settledMonths).toEqual({ [WS]: '2027-01' });
  });

  it('reads a month stored before answers were per workspace as settled in every workspace, for that month only', () => {
    const old = parseSurveyState('{"firstUseDay":"2026-11-02","lastAskedMonth":"2026-12"}');
    expect(old).toEqual({ firstUseDay: '2026-11-02', settledMonths: {}, lastAskedMonth: '2026-12' });
    expect(isSurveyDue(old, WS, d('2026-12-20'))).toBe(false);
    expect(isSurveyDue(old, OTHER_WS, d('2026-12-20'))).toBe(false);
    expect(isSurveyDue(old, WS, d('2027-01-02'))).toBe(true);
    // a workspace settled this month stays settled whatever the old month says
    expect(isSurveyDue(settledFor(old, WS, d('2027-01-02')), WS, d('2027-01-03'))).toBe(false);
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
    expect(isSurveyDue(NO_SURVEY_STATE, WS, d('2026-12-01'))).toBe(false);
  });

  it('counts days as China days, like the relay', () => {
    expect(surveyDay(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12-01'); // 00:00 in China
    expect(surveyDay(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11-30');
  });
});
