import { describe, expect, it } from 'vitest';
import { commentsPageSize, DEFAULT_COMMENTS_PAGE, formatCommentCursor, MAX_COMMENTS_PAGE, parseCommentCursor } from './survey-comments-wire';

describe('survey comment cursors', () => {
  it('reads back what it wrote', () => {
    const cursor = { at: 1_764_720_000_000, userId: 'a-B_9xyz' };
    expect(parseCommentCursor(formatCommentCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything else', () => {
    for (const raw of ['', '12', '.abc', '12.', 'x.abc', '12.a b', '12.a.b', '1234567890123456.abc', `1.${'a'.repeat(65)}`]) {
      expect(parseCommentCursor(raw)).toBeNull();
    }
  });
});

describe('survey comment page size', () => {
  it('defaults when absent and takes 1 to the maximum', () => {
    expect(commentsPageSize(undefined)).toEqual({ ok: true, limit: DEFAULT_COMMENTS_PAGE });
    expect(commentsPageSize('')).toEqual({ ok: true, limit: DEFAULT_COMMENTS_PAGE });
    expect(commentsPageSize('1')).toEqual({ ok: true, limit: 1 });
    expect(commentsPageSize(String(MAX_COMMENTS_PAGE))).toEqual({ ok: true, limit: MAX_COMMENTS_PAGE });
  });

  it('refuses zero, too many, fractions and words', () => {
    for (const raw of ['0', String(MAX_COMMENTS_PAGE + 1), '2.5', '-1', 'ten', '1000']) {
      expect(commentsPageSize(raw)).toEqual({ ok: false, reason: 'invalid-limit' });
    }
  });
});
