import { describe, expect, it } from 'vitest';
import { appendComments, readCommentsPage } from './survey-comments';

const comment = (at: number, userId: string, text: string) => ({ at, month: '2026-11', score: 4, comment: text, userId, name: 'Bo Li' });

describe('survey comments on the team health page', () => {
  it('keeps the good entries of a page and drops the malformed ones', () => {
    const good = comment(Date.UTC(2026, 10, 23, 2), 'user0001', 'fine');
    const page = readCommentsPage({
      comments: [good, { ...good, score: 6 }, { ...good, score: 2.5 }, { ...good, comment: 7 }, { ...good, name: undefined }, { ...good, at: 'now' }, null, 'text'],
      next: 'cursor',
    });
    expect(page).toEqual({ comments: [good], next: 'cursor' });
    expect(readCommentsPage({ comments: 'nope', next: 3 })).toEqual({ comments: [], next: null });
    expect(readCommentsPage({ comments: [{ ...good, name: null }] }).comments).toHaveLength(1);
  });

  it('appends an older page after the shown one, once each, with the China day of each answer', () => {
    // 23:30 UTC on 22 November is already 23 November in China
    const first = appendComments([], [comment(Date.UTC(2026, 10, 22, 23, 30), 'user0002', 'newest'), comment(Date.UTC(2026, 10, 20), 'user0001', 'older')]);
    expect(first.map((row) => [row.comment, row.day])).toEqual([
      ['newest', '2026-11-23'],
      ['older', '2026-11-20'],
    ]);
    const second = appendComments(first, [comment(Date.UTC(2026, 10, 20), 'user0001', 'older'), comment(Date.UTC(2026, 10, 20), 'user0000', 'oldest')]);
    expect(second.map((row) => row.comment)).toEqual(['newest', 'older', 'oldest']);
  });
});
