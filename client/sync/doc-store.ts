// The one bridge from a Y.Doc to Solid: plain records read through shared/schema's validating readers,
// kept in a store and reconciled record by record, so a change to one card re-renders only that card.
import { batch, onCleanup } from 'solid-js';
import { $RAW, createStore, reconcile, type SetStoreFunction } from 'solid-js/store';
import type * as Y from 'yjs';
import {
  observeRecords, PROJECT_ROOT_NAMES, readBaseline, readColumn, readComment, readLink, readMember, readProjectSummary, readTask,
  readWorkspace, WORKSPACE_ROOT_NAMES,
  type Baseline, type Column, type Comment, type TaskLink, type MemberInfo, type ProjectSummary, type Task,
} from '../../shared/schema';

export interface ProjectRecords {
  readonly columns: Readonly<Record<string, Column>>;
  readonly tasks: Readonly<Record<string, Task>>;
  readonly comments: Readonly<Record<string, Comment>>;
  readonly links: Readonly<Record<string, TaskLink>>;
  readonly baselines: Readonly<Record<string, Baseline>>;
}

export interface WorkspaceRecords {
  readonly name: string;
  readonly members: Readonly<Record<string, MemberInfo>>;
  readonly projects: Readonly<Record<string, ProjectSummary>>;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Reader<T> = (id: string, value: unknown) => T | null;

/**
 * Must run inside a reactive owner (a component): it stops observing when the owner is disposed.
 * `loaded` (the room's device copy): observe only once it has loaded and then read every record in
 * one step. Yjs builds deep events (and their paths) for the loading transaction only when someone
 * observes deeply, which for 10,000 tasks costs about a tenth of a second.
 */
export function createProjectStore(doc: Y.Doc, loaded?: Promise<unknown>): ProjectRecords {
  const readers = { columns: readColumn, tasks: readTask, comments: readComment, links: readLink, baselines: readBaseline } as const;
  const [store, setStore] = createStore<ProjectRecords>({ columns: {}, tasks: {}, comments: {}, links: {}, baselines: {} });
  // One batch per sync: without it Solid re-runs every board computation after each record, which
  // makes opening a large project quadratic (docs/benchmarks-browser.md).
  const sync = (root: keyof ProjectRecords, ids: Iterable<string>): void => batch(() => {
    const map = doc.getMap<unknown>(root);
    const read = readers[root] as Reader<object>;
    // The first load fills an empty root in one step; later changes are reconciled record by record.
    if (isEmpty(store[root])) fillRecords(setStore, root, map, ids, read);
    else syncRecords(map, ids, read, (id, record) => setRecord(setStore, root, id, record));
  });
  const resync = (): void => PROJECT_ROOT_NAMES.forEach((root) => sync(root, allIds(doc.getMap<unknown>(root), store[root])));
  let stop: (() => void) | null = null;
  let disposed = false;
  const start = (): void => {
    if (disposed) return;
    resync();
    stop = observeRecords(doc, PROJECT_ROOT_NAMES, ({ changed }) => {
      for (const root of PROJECT_ROOT_NAMES) if (changed[root].size > 0) sync(root, changed[root]);
    });
  };
  // A device copy that fails to open still resolves `loaded` (the room then fills from the relay).
  if (loaded === undefined) start();
  else void loaded.then(start, start);
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
  return store;
}

export function createWorkspaceStore(doc: Y.Doc): WorkspaceRecords {
  const [store, setStore] = createStore<Writable<WorkspaceRecords>>({ name: '', members: {}, projects: {} });
  const syncMembers = (ids: Iterable<string>): void => batch(() =>
    syncRecords(doc.getMap<unknown>('members'), ids, readMember, (id, record) => setRecord(setStore, 'members', id, record)));
  const syncProjects = (ids: Iterable<string>): void => batch(() =>
    syncRecords(doc.getMap<unknown>('projects'), ids, readProjectSummary, (id, record) => setRecord(setStore, 'projects', id, record)));
  setStore('name', readWorkspace(doc).name);
  syncMembers(allIds(doc.getMap<unknown>('members'), store.members));
  syncProjects(allIds(doc.getMap<unknown>('projects'), store.projects));
  const stop = observeRecords(doc, WORKSPACE_ROOT_NAMES, ({ changed }) => {
    // The workspace root holds fields, not records: re-read the name whenever it changes.
    if (changed.workspace.size > 0) setStore('name', readWorkspace(doc).name);
    if (changed.members.size > 0) syncMembers(changed.members);
    if (changed.projects.size > 0) syncProjects(changed.projects);
  });
  onCleanup(stop);
  return store;
}

function syncRecords<T extends object>(map: Y.Map<unknown>, ids: Iterable<string>, read: Reader<T>, write: (id: string, record: T | undefined) => void): void {
  for (const id of ids) write(id, read(id, map.get(id)) ?? undefined);
}

function fillRecords<S extends object>(setStore: SetStoreFunction<S>, root: keyof S, map: Y.Map<unknown>, ids: Iterable<string>, read: Reader<object>): void {
  const records: Record<string, object> = {};
  for (const id of ids) {
    const record = read(id, map.get(id));
    if (record !== null) records[id] = record;
  }
  // The setter (and createStore too) unwraps a plain value by walking every nested object to find
  // proxies in it (0.1–0.2 s and much garbage for 10,000 tasks); these records are fresh plain
  // objects with none, so the value says it is its own raw self, which ends the walk at once.
  Object.defineProperty(records, $RAW, { value: records });
  (setStore as unknown as (root: keyof S, value: unknown) => void)(root, records);
}

function isEmpty(record: object): boolean {
  for (const _key in record) return false;
  return true;
}

function allIds(map: Y.Map<unknown>, current: object): Set<string> {
  return new Set([...map.keys(), ...Object.keys(current)]);
}

// One typed doorway into the store setter: `undefined` deletes the record (Solid store semantics).
function setRecord<S extends object>(setStore: SetStoreFunction<S>, root: keyof S, id: string, record: object | undefined): void {
  const set = setStore as unknown as (root: keyof S, id: string, value: unknown) => void;
  set(root, id, record === undefined ? undefined : reconcile(record));
}
