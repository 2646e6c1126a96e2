import { describe, expect, it } from 'vitest';
import { chooseKind, isImportKind, offeredKinds } from './import-kind';

describe('what kind of sheet is imported', () => {
  it('offers labour and cost sheets only to people with finance rights', () => {
    expect(offeredKinds(true)).toEqual(['schedule', 'labour', 'costs']);
    expect(offeredKinds(false)).toEqual(['schedule']);
  });

  it('falls back to the schedule, saying so, when a finance kind is asked for without the rights', () => {
    expect(chooseKind('labour', true)).toEqual({ kind: 'labour', refused: false });
    expect(chooseKind('costs', false)).toEqual({ kind: 'schedule', refused: true });
    expect(chooseKind('schedule', false)).toEqual({ kind: 'schedule', refused: false });
    expect(isImportKind('funds')).toBe(false);
  });
});
