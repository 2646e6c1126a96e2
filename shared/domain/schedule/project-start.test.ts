import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { projectStartOf } from './project-start';

const day = (value: string): IsoDay => value as IsoDay;

describe('project start', () => {
  it('is the day the project was created while no task has an earlier start', () => {
    expect(projectStartOf([], day('2026-03-02'))).toBe('2026-03-02');
    expect(projectStartOf([{ start: null }, { start: day('2026-04-01') }], day('2026-03-02'))).toBe('2026-03-02');
  });
  it('is the earliest start set on any task, so an imported plan keeps its dates', () => {
    expect(projectStartOf([{ start: day('2026-02-10') }, { start: day('2026-01-19') }, { start: null }], day('2026-03-02'))).toBe('2026-01-19');
  });
});
