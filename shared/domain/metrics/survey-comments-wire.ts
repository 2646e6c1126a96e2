// What GET /api/metrics/comments answers: a workspace's satisfaction-survey comments, newest first, a
// page at a time, for its owner and admins only. The survey tells people their comment is kept with
// their name and read by the owner and admins (client/features/survey/messages.ts), so each comment
// carries its author. The relay builds it, the team health page shows it; both import this file.
//
// Paging is by cursor, not offset: `next` names the last comment of the page (its time and author, the
// table's unique order), so an answer arriving between two pages neither repeats nor hides one.

/** Comments per page when the request does not say; the most one request may ask for. */
export const DEFAULT_COMMENTS_PAGE = 10;
export const MAX_COMMENTS_PAGE = 50;

export interface SurveyComment {
  /** When it was answered, epoch ms. */
  readonly at: number;
  /** The China month the answer counts for, 'YYYY-MM'. */
  readonly month: string;
  readonly score: number;
  readonly comment: string;
  readonly userId: string;
  /** The author's name now; null when the relay no longer knows the person. */
  readonly name: string | null;
}

export interface SurveyCommentsWire {
  readonly workspaceId: string;
  readonly comments: readonly SurveyComment[];
  /** Cursor of the next (older) page, or null when this was the last. */
  readonly next: string | null;
}

export interface CommentCursor {
  readonly at: number;
  readonly userId: string;
}

const CURSOR_PATTERN = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

export function formatCommentCursor(cursor: CommentCursor): string {
  return `${cursor.at}.${cursor.userId}`;
}

/** The cursor in a `before` parameter, or null when it is not one this module wrote. */
export function parseCommentCursor(raw: string): CommentCursor | null {
  const match = CURSOR_PATTERN.exec(raw);
  if (match === null) return null;
  const at = Number(match[1]);
  const userId = match[2];
  return Number.isSafeInteger(at) && userId !== undefined ? { at, userId } : null;
}

export type CommentsPageSize = { readonly ok: true; readonly limit: number } | { readonly ok: false; readonly reason: 'invalid-limit' };

/** A `limit` parameter: absent means the default; otherwise a whole number 1 to MAX_COMMENTS_PAGE. */
export function commentsPageSize(raw: string | undefined): CommentsPageSize {
  if (raw === undefined || raw === '') return { ok: true, limit: DEFAULT_COMMENTS_PAGE };
  if (!/^\d{1,3}$/.test(raw)) return { ok: false, reason: 'invalid-limit' };
  const limit = Number(raw);
  return limit >= 1 && limit <= MAX_COMMENTS_PAGE ? { ok: true, limit } : { ok: false, reason: 'invalid-limit' };
}
