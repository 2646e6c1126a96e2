// The team health page's list of survey comments: pages from GET /api/metrics/comments checked field
// by field (a relay of another version, or the network, may send anything; a bad entry is dropped,
// never thrown into the page), appended newest first without repeats, each with the China day it was
// given on, as the relay counts months.
import type { SurveyComment } from '../../../shared/domain/metrics/survey-comments-wire';
import type { IsoDay } from '../../../shared/iso-day';
import { chinaDay } from './health-period';

export type { SurveyComment };

/** Comments asked for per page (and per "Show more"). */
export const COMMENTS_PAGE_SIZE = 10;

export interface CommentsPage {
  readonly comments: readonly SurveyComment[];
  readonly next: string | null;
}

export interface ShownComment extends SurveyComment {
  readonly key: string;
  readonly day: IsoDay;
}

export function readCommentsPage(value: { readonly comments?: unknown; readonly next?: unknown }): CommentsPage {
  const rows = Array.isArray(value.comments) ? (value.comments as readonly unknown[]) : [];
  return { comments: rows.flatMap((row) => (isSurveyComment(row) ? [row] : [])), next: typeof value.next === 'string' ? value.next : null };
}

/** The shown list with an older page after it; a comment already shown is not shown twice. */
export function appendComments(shown: readonly ShownComment[], page: readonly SurveyComment[]): ShownComment[] {
  const keys = new Set(shown.map((comment) => comment.key));
  const added = page.map((comment) => ({ ...comment, key: `${comment.at}.${comment.userId}`, day: chinaDay(comment.at) })).filter((comment) => !keys.has(comment.key));
  return [...shown, ...added];
}

function isSurveyComment(value: unknown): value is SurveyComment {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(row.at) &&
    typeof row.month === 'string' &&
    typeof row.score === 'number' &&
    Number.isInteger(row.score) &&
    row.score >= 1 &&
    row.score <= 5 &&
    typeof row.comment === 'string' &&
    typeof row.userId === 'string' &&
    (row.name === null || typeof row.name === 'string')
  );
}
