// Comments are immutable facts: plain JSON values keyed by id, written once and never edited.
import { newId, type CommentId, type TaskId, type UserId } from '../ids';
import { fail, ok, type Result } from '../result';
import type * as Y from 'yjs';
import { cleanComment } from './limits';
import { projectRoots } from './project-roots';

export type CommentFailure = 'task-not-found' | 'empty-or-too-long';

export interface NewComment {
  readonly taskId: TaskId;
  readonly authorId: UserId | null;
  readonly authorName: string;
  readonly text: string;
  readonly now: number;
}

export function addComment(doc: Y.Doc, input: NewComment, origin: unknown): Result<CommentId, CommentFailure> {
  const text = cleanComment(input.text);
  if (text === null) return fail('empty-or-too-long');
  const { tasks, comments } = projectRoots(doc);
  if (!tasks.has(input.taskId)) return fail('task-not-found');
  const id = newId<'comment'>();
  doc.transact(() => {
    comments.set(id, { taskId: input.taskId, authorId: input.authorId, authorName: input.authorName, text, at: input.now });
  }, origin);
  return ok(id);
}
