// Named writers for the workspace room: each is one transaction (one undo step, one update on the wire).
import * as Y from 'yjs';
import { newId, type ProjectId, type UserId } from '../ids';
import { rankBetween } from '../rank';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { cleanLine, MAX_NAME_LENGTH } from './limits';
import { lastRankIn } from './record-ranks';
import { workspaceRoots } from './workspace-roots';

export type NameFailure = 'empty-or-too-long';
export type ProjectFailure = 'project-not-found' | NameFailure;

export function renameWorkspace(doc: Y.Doc, name: string, now: number, origin: unknown): Result<void, NameFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  doc.transact(() => {
    const { info } = workspaceRoots(doc);
    if (info.get('createdAt') === undefined) info.set('createdAt', now);
    info.set('name', clean);
  }, origin);
  return ok(undefined);
}

export interface MemberInput {
  readonly id: UserId;
  readonly name: string;
  readonly color: string;
  readonly now: number;
}

/** Adds this device's person to the member list, or refreshes their display name and colour. */
export function upsertMember(doc: Y.Doc, input: MemberInput, origin: unknown): Result<void, NameFailure> {
  const clean = cleanLine(input.name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  doc.transact(() => {
    const { members } = workspaceRoots(doc);
    const existing = members.get(input.id);
    const record = isRecordMap(existing) ? existing : new Y.Map<unknown>();
    if (record !== existing) {
      members.set(input.id, record);
      record.set('joinedAt', input.now);
    }
    if (record.get('name') !== clean) record.set('name', clean);
    if (record.get('color') !== input.color) record.set('color', input.color);
  }, origin);
  return ok(undefined);
}

export interface NewProject {
  readonly name: string;
  readonly createdBy: UserId;
  readonly now: number;
}

export function addProject(doc: Y.Doc, input: NewProject, origin: unknown): Result<ProjectId, NameFailure> {
  const clean = cleanLine(input.name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const id = newId<'project'>();
  doc.transact(() => {
    const { projects } = workspaceRoots(doc);
    const record = new Y.Map<unknown>();
    record.set('name', clean);
    record.set('archived', false);
    record.set('rank', rankBetween(lastRankIn(projects), null));
    record.set('createdAt', input.now);
    record.set('createdBy', input.createdBy);
    projects.set(id, record);
  }, origin);
  return ok(id);
}

export function renameProject(doc: Y.Doc, id: ProjectId, name: string, origin: unknown): Result<void, ProjectFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const record = workspaceRoots(doc).projects.get(id);
  if (!isRecordMap(record)) return fail('project-not-found');
  doc.transact(() => record.set('name', clean), origin);
  return ok(undefined);
}

/** Archiving hides a project from the active list; its room and data stay intact. */
export function setProjectArchived(doc: Y.Doc, id: ProjectId, archived: boolean, origin: unknown): Result<void, ProjectFailure> {
  const record = workspaceRoots(doc).projects.get(id);
  if (!isRecordMap(record)) return fail('project-not-found');
  doc.transact(() => record.set('archived', archived), origin);
  return ok(undefined);
}
