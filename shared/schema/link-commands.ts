// Named writers for dependency links. A link that would close a loop is refused here; loops that
// two offline devices make together are still possible, and the engine reports and ignores them.
import * as Y from 'yjs';
import { LINK_TYPES, type LinkType } from '../domain/schedule/schedule-types';
import { isId, newId, type LinkId, type TaskId } from '../ids';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { MAX_LAG_DAYS, MAX_LINKS } from './limits';
import { projectRoots } from './project-roots';

export type LinkFailure =
  | 'task-not-found' | 'same-task' | 'duplicate-link' | 'would-create-cycle' | 'invalid-type' | 'invalid-lag'
  | 'link-not-found' | 'too-many-links';

export interface NewLink {
  readonly from: TaskId;
  readonly to: TaskId;
  readonly type: LinkType;
  readonly lag: number;
}

export function linkTasks(doc: Y.Doc, input: NewLink, now: number, origin: unknown): Result<LinkId, LinkFailure> {
  const { tasks, links } = projectRoots(doc);
  if (!isRecordMap(tasks.get(input.from)) || !isRecordMap(tasks.get(input.to))) return fail('task-not-found');
  if (input.from === input.to) return fail('same-task');
  const checked = checkLinkFields(input);
  if (!checked.ok) return checked;
  if (links.size >= MAX_LINKS) return fail('too-many-links');
  const outgoing = linksByStart(links);
  if ((outgoing.get(input.from) ?? []).some((link) => link.to === input.to)) return fail('duplicate-link');
  if (reaches(outgoing, input.to, input.from)) return fail('would-create-cycle');
  const id = newId<'link'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set('from', input.from);
    record.set('to', input.to);
    record.set('type', input.type);
    record.set('lag', input.lag);
    record.set('createdAt', now);
    links.set(id, record);
  }, origin);
  return ok(id);
}

export function updateLink(doc: Y.Doc, id: LinkId, patch: { readonly type?: LinkType; readonly lag?: number }, origin: unknown): Result<void, LinkFailure> {
  const record = projectRoots(doc).links.get(id);
  if (!isRecordMap(record)) return fail('link-not-found');
  const checked = checkLinkFields(patch);
  if (!checked.ok) return checked;
  doc.transact(() => {
    if (patch.type !== undefined && record.get('type') !== patch.type) record.set('type', patch.type);
    if (patch.lag !== undefined && record.get('lag') !== patch.lag) record.set('lag', patch.lag);
  }, origin);
  return ok(undefined);
}

export function unlinkTasks(doc: Y.Doc, id: LinkId, origin: unknown): Result<void, LinkFailure> {
  const { links } = projectRoots(doc);
  if (!links.has(id)) return fail('link-not-found');
  doc.transact(() => links.delete(id), origin);
  return ok(undefined);
}

function checkLinkFields(fields: { readonly type?: LinkType; readonly lag?: number }): Result<void, LinkFailure> {
  if (fields.type !== undefined && !LINK_TYPES.includes(fields.type)) return fail('invalid-type');
  if (fields.lag !== undefined && (!Number.isSafeInteger(fields.lag) || Math.abs(fields.lag) > MAX_LAG_DAYS)) return fail('invalid-lag');
  return ok(undefined);
}

/**
 * Every readable link, grouped by the task it starts from. Only the two ends of each link are read
 * (readLink's checks, not its other fields): this runs on every new link of a big schedule.
 */
function linksByStart(links: Y.Map<unknown>): Map<TaskId, { readonly to: TaskId }[]> {
  const outgoing = new Map<TaskId, { to: TaskId }[]>();
  links.forEach((value, id) => {
    if (!isRecordMap(value) || !isId<'link'>(id)) return;
    const from = value.get('from');
    const to = value.get('to');
    if (!isId<'task'>(from) || !isId<'task'>(to) || from === to) return;
    const list = outgoing.get(from);
    if (list === undefined) outgoing.set(from, [{ to }]);
    else list.push({ to });
  });
  return outgoing;
}

/** Whether `target` can be reached from `start` along links (iterative: deep chains must not overflow the stack). */
function reaches(outgoing: ReadonlyMap<TaskId, readonly { readonly to: TaskId }[]>, start: TaskId, target: TaskId): boolean {
  const seen = new Set<TaskId>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === target) return true;
    for (const { to } of outgoing.get(at) ?? []) if (!seen.has(to)) (seen.add(to), stack.push(to));
  }
  return false;
}
