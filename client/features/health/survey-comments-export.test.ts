import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { IsoDay } from '../../../shared/iso-day';
import { surveyCommentsTable } from './survey-comments-export';

describe('surveyCommentsTable', () => {
  it('writes each comment shown with its day as a date, who, the rating as a number and the text as written', () => {
    const table = surveyCommentsTable([
      { key: 'a', at: 2, month: '2026-03', score: 2, comment: '甘特图在手机上有点小\nsecond line', userId: 'u1', name: 'Worker 11', day: '2026-03-05' as IsoDay },
      { key: 'b', at: 1, month: '2026-03', score: 5, comment: '=good', userId: 'u2', name: null, day: '2026-03-04' as IsoDay },
    ], { headers: ['Day', 'Name', 'Rating', 'Comment'], formerMember: 'Former member' });
    expect(table.rows[0]?.[0]).toEqual({ kind: 'day', value: '2026-03-05' });
    expect(writeCsv(table)).toBe('\uFEFFDay,Name,Rating,Comment\r\n2026-03-05,Worker 11,2,"甘特图在手机上有点小\nsecond line"\r\n2026-03-04,Former member,5,\'=good\r\n');
  });
});
