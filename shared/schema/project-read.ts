// Validating readers for the project room. A record from another device may be missing fields or
// hold wrong types: readers fill defaults or skip the record, and never throw.
import type * as Y from 'yjs';
import { isId, type ColumnId, type TaskId, type UserId } from '../ids';
import { compareRanks } from '../rank';
import {
  isRecordMap, readBoolean, readIsoDayOrNull, readKeySet, readNonNegativeIntOrNull, readNumber, readRank,
  readString, readText, type RecordMap,
} from './fields';
import { MAX_ASSIGNEES, MAX_CHECKLIST_TEXT_LENGTH, MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, MAX_TAG_LENGTH, MAX_TITLE_LENGTH, MAX_WIP_LIMIT } from './limits';
import { isPendingName } from './pending-name';
import { projectRoots } from './project-roots';
import { readBaseline, readLink, readTaskSchedule } from './schedule-read';
import { isPriority, type ChecklistItem, type Column, type Comment, type ProjectView, type Task } from './project-types';

export function readProject(doc: Y.Doc): ProjectView {
  const roots = projectRoots(doc);
  return {
    columns: sortByRank(collect(roots.columns, readColumn)),
    tasks: sortByRank(collect(roots.tasks, readTask)),
    comments: collect(roots.comments, readComment).sort((a, b) => a.at - b.at || compareRanks(a.id, b.id)),
    links: collect(roots.links, readLink).sort((a, b) => a.createdAt - b.createdAt || compareRanks(a.id, b.id)),
    baselines: collect(roots.baselines, readBaseline).sort((a, b) => a.savedAt - b.savedAt || compareRanks(a.id, b.id)),
  };
}

export function readColumn(id: string, value: unknown): Column | null {
  if (!isId<'column'>(id) || !isRecordMap(value)) return null;
  const wipLimit = readNonNegativeIntOrNull(value, 'wipLimit');
  return {
    id: id satisfies ColumnId,
    title: readString(value, 'title', '', MAX_NAME_LENGTH),
    wipLimit: wipLimit !== null && wipLimit > 0 ? Math.min(wipLimit, MAX_WIP_LIMIT) : null,
    rank: readRank(value),
  };
}

export function readTask(id: string, value: unknown): Task | null {
  if (!isId<'task'>(id) || !isRecordMap(value)) return null;
  const columnId = value.get('columnId');
  const priority = value.get('priority');
  const rank = readRank(value);
  return {
    id: id satisfies TaskId,
    columnId: isId<'column'>(columnId) ? columnId : null,
    title: readString(value, 'title', '', MAX_TITLE_LENGTH),
    description: readText(value, 'description'),
    assignees: readKeySet(value, 'assignees', (key) => isId<'user'>(key)) as UserId[],
    pendingAssignees: readKeySet(value, 'pendingAssignees', isPendingName).slice(0, MAX_ASSIGNEES),
    dueDate: readIsoDayOrNull(value, 'dueDate'),
    priority: isPriority(priority) ? priority : 'normal',
    tags: readKeySet(value, 'tags', (tag) => tag.length > 0 && tag.length <= MAX_TAG_LENGTH),
    checklist: readChecklist(value),
    rank,
    createdAt: readNumber(value, 'createdAt', 0),
    createdBy: readUser(value, 'createdBy'),
    updatedAt: readNumber(value, 'updatedAt', 0),
    ...readTaskSchedule(id, value, rank),
  };
}

export function readComment(id: string, value: unknown): Comment | null {
  if (!isId<'comment'>(id) || typeof value !== 'object' || value === null) return null;
  const record = value as Partial<Record<keyof Comment, unknown>>;
  if (!isId<'task'>(record.taskId) || typeof record.text !== 'string') return null;
  return {
    id,
    taskId: record.taskId,
    authorId: isId<'user'>(record.authorId) ? record.authorId : null,
    authorName: typeof record.authorName === 'string' ? record.authorName.slice(0, MAX_NAME_LENGTH) : '',
    text: record.text.slice(0, MAX_COMMENT_LENGTH),
    at: typeof record.at === 'number' && Number.isFinite(record.at) ? record.at : 0,
  };
}

function readChecklist(task: RecordMap): ChecklistItem[] {
  const checklist = task.get('checklist');
  if (!isRecordMap(checklist)) return [];
  return sortByRank(collect(checklist, (id, value) => {
    if (!isId<'checklist-item'>(id) || !isRecordMap(value)) return null;
    return {
      id,
      text: readString(value, 'text', '', MAX_CHECKLIST_TEXT_LENGTH),
      done: readBoolean(value, 'done', false),
      rank: readRank(value),
    };
  }));
}

function readUser(record: RecordMap, key: string): UserId | null {
  const value = record.get(key);
  return isId<'user'>(value) ? value : null;
}

function collect<T>(records: Y.Map<unknown>, read: (id: string, value: unknown) => T | null): T[] {
  const items: T[] = [];
  records.forEach((value, id) => {
    const item = read(id, value);
    if (item !== null) items.push(item);
  });
  return items;
}

export function sortByRank<T extends { readonly rank: string; readonly id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

