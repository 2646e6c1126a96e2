// Validating readers for the workspace room: malformed records are skipped or filled with
// defaults, never thrown into the UI.
import type * as Y from 'yjs';
import { isId, type ProjectId, type UserId } from '../ids';
import { compareRanks } from '../rank';
import { isRecordMap, readBoolean, readNumber, readRank, readString, type RecordMap } from './fields';
import { MAX_NAME_LENGTH } from './limits';
import { workspaceRoots } from './workspace-roots';
import type { MemberInfo, ProjectSummary, WorkspaceView } from './workspace-types';

const DEFAULT_COLOR = '#64748b';
const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export function readWorkspace(doc: Y.Doc): WorkspaceView {
  const roots = workspaceRoots(doc);
  const members: MemberInfo[] = [];
  roots.members.forEach((value, id) => {
    const member = readMember(id, value);
    if (member) members.push(member);
  });
  members.sort((a, b) => a.joinedAt - b.joinedAt || compareRanks(a.id, b.id));
  const projects: ProjectSummary[] = [];
  roots.projects.forEach((value, id) => {
    const project = readProjectSummary(id, value);
    if (project) projects.push(project);
  });
  projects.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
  return {
    name: readString(roots.info, 'name', '', MAX_NAME_LENGTH),
    createdAt: readNumber(roots.info, 'createdAt', 0),
    members,
    projects,
  };
}

export function readMember(id: string, value: unknown): MemberInfo | null {
  if (!isId<'user'>(id) || !isRecordMap(value)) return null;
  const color = readString(value, 'color', DEFAULT_COLOR);
  return {
    id: id satisfies UserId,
    name: readString(value, 'name', '', MAX_NAME_LENGTH),
    color: COLOR_PATTERN.test(color) ? color : DEFAULT_COLOR,
    joinedAt: readNumber(value, 'joinedAt', 0),
  };
}

export function readProjectSummary(id: string, value: unknown): ProjectSummary | null {
  if (!isId<'project'>(id) || !isRecordMap(value)) return null;
  return {
    id: id satisfies ProjectId,
    name: readString(value, 'name', '', MAX_NAME_LENGTH),
    archived: readBoolean(value, 'archived', false),
    rank: readRank(value),
    createdAt: readNumber(value, 'createdAt', 0),
    createdBy: readCreator(value),
  };
}

function readCreator(record: RecordMap): UserId | null {
  const value = record.get('createdBy');
  return isId<'user'>(value) ? value : null;
}
