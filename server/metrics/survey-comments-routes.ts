// GET /api/metrics/comments?workspace=&before=&limit=: the comments given with a workspace's
// satisfaction answers, newest first, a page at a time (shared/domain/metrics/survey-comments-wire.ts).
// Only the owner and admins may read them: a comment is free text by a named person, more personal
// than the team's averages that managers see. The survey says so where the comment is typed.
import type { Hono } from 'hono';
import { canManageMembers } from '../../shared/domain/access';
import { commentsPageSize, formatCommentCursor, parseCommentCursor, type SurveyCommentsWire } from '../../shared/domain/metrics/survey-comments-wire';
import type { Access } from '../access/access';
import { apiError, signedIn } from '../access/access-http';
import type { MetricsStore } from './metrics-store';

const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function mountSurveyCommentRoutes(app: Hono, access: Access, metrics: MetricsStore): void {
  app.get('/api/metrics/comments', (c) => {
    const signed = signedIn(c, access);
    const workspaceId = c.req.query('workspace') ?? '';
    if (!WORKSPACE_ID_PATTERN.test(workspaceId)) throw apiError(400, 'invalid-workspace');
    const role = access.memberships.roleOf(signed.userId, workspaceId);
    if (role === null) throw apiError(403, 'not-a-member');
    if (!canManageMembers(role)) throw apiError(403, 'not-an-admin');
    const rawBefore = c.req.query('before');
    const before = rawBefore === undefined || rawBefore === '' ? null : parseCommentCursor(rawBefore);
    if (before === null && rawBefore !== undefined && rawBefore !== '') throw apiError(400, 'invalid-before');
    const size = commentsPageSize(c.req.query('limit'));
    if (!size.ok) throw apiError(400, size.reason);

    // one row more than asked says whether an older page exists, without a count query
    const rows = metrics.surveyComments(workspaceId, before, size.limit + 1);
    const page = rows.slice(0, size.limit);
    const last = page[page.length - 1];
    const comments = page.map((row) => ({ ...row, name: access.users.nameOf(row.userId) }));
    const next = rows.length > size.limit && last !== undefined ? formatCommentCursor(last) : null;
    return c.json({ ok: true, workspaceId, comments, next } satisfies SurveyCommentsWire & { ok: true });
  });
}
