// The survey comments shown (the pages loaded so far, newest first) as a table to export: the day (a
// date), who, the rating as a number and the comment as written.
import { dayCell, numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { ShownComment } from './survey-comments';

export interface CommentsTableText {
  readonly headers: readonly [day: string, name: string, rating: string, comment: string];
  readonly formerMember: string;
}

export function surveyCommentsTable(comments: readonly ShownComment[], text: CommentsTableText): ExportTable {
  return {
    header: text.headers,
    widths: [12, 16, 8, 60],
    rows: comments.map((comment) => [dayCell(comment.day), textCell(comment.name ?? text.formerMember), numberCell(comment.score), textCell(comment.comment)]),
  };
}
