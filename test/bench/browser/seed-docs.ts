// The documents a benchmark page opens: a workspace holding one project and its members, and that
// project's board with N realistic cards, written through shared/schema's commands (the app's only
// writers) and encoded as the single update y-indexeddb would hold after a compaction.
import * as Y from 'yjs';
import type { Result } from '../../../shared/result';
import { newId, type ColumnId, type ProjectId, type UserId, type WorkspaceId } from '../../../shared/ids';
import { parseIsoDay } from '../../../shared/iso-day';
import {
  addProject, addTask, initProject, migrateDocument, PRIORITIES, readColumns, renameWorkspace, updateTask, upsertMember,
} from '../../../shared/schema';

export interface SeedShape {
  readonly tasks: number;
  readonly columns: readonly string[];
  /** Characters of description per card (not shown on the board, but loaded and validated). */
  readonly descriptionChars: number;
  readonly seed: number;
}

export interface SeededProject {
  readonly workspaceId: WorkspaceId;
  readonly projectId: ProjectId;
  readonly columnIds: readonly ColumnId[];
  readonly workspaceUpdate: Uint8Array;
  readonly projectUpdate: Uint8Array;
  /** The person this device is: a member of the workspace, so the board is editable. */
  readonly me: { readonly id: UserId; readonly name: string; readonly color: string };
}

const ORIGIN = 'browser-bench-seed';
const NOW = 1_760_000_000_000;
const WORDS = ['rebar', 'formwork', 'pour', 'slab', 'inspect', 'crane', 'permit', 'drywall', 'conduit', 'north', 'wing', 'level', 'beam', 'anchor', 'seal', 'roof', 'duct', 'order', 'check', 'fix'] as const;
const TAGS = ['structural', 'electrical', 'plumbing', 'safety', 'client', 'snag'] as const;
const PEOPLE = 6;

export function seedProject(shape: SeedShape): SeededProject {
  const random = seededRandom(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (chars: number): string => {
    let text = '';
    while (text.length < chars) text += `${pick(WORDS)} `;
    return text.slice(0, chars).trim();
  };
  const people: UserId[] = Array.from({ length: PEOPLE }, () => newId<'user'>());
  const me = { id: people[0] as UserId, name: 'Bench Person', color: '#1d4ed8' };

  const workspace = new Y.Doc();
  migrateDocument(workspace, ORIGIN);
  check(renameWorkspace(workspace, 'Harbour works', NOW, ORIGIN));
  people.forEach((id, index) => check(upsertMember(workspace, { id, name: index === 0 ? me.name : `Crew ${index}`, color: '#047857', now: NOW }, ORIGIN)));
  const projectId = check(addProject(workspace, { name: `Depot ${shape.tasks} cards`, createdBy: me.id, now: NOW }, ORIGIN));
  const workspaceId = newId<'workspace'>();

  const base = new Y.Doc();
  migrateDocument(base, ORIGIN);
  initProject(base, shape.columns, ORIGIN);
  const columnIds = readColumns(base).map((column) => column.id);
  // addTask ranks a card after the others of its column and reads the whole board to do so, which
  // is quadratic. Cards never depend on other columns, so each column is filled in its own replica
  // of the board (as if by its own crew member) and the replicas are merged: same document, ~10x faster.
  const baseUpdate = Y.encodeStateAsUpdate(base);
  const perColumn = columnIds.map((columnId, columnIndex) => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, baseUpdate);
    for (let i = columnIndex; i < shape.tasks; i += columnIds.length) {
      replica.transact(() => {
        const taskId = check(addTask(replica, { columnId, title: `${words(24)} ${i}`, createdBy: pick(people), now: NOW + i }, ORIGIN));
        check(updateTask(replica, taskId, {
          description: words(shape.descriptionChars),
          dueDate: parseIsoDay(`2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
          priority: pick(PRIORITIES),
          tags: [pick(TAGS), pick(TAGS)],
          assignees: [pick(people)],
        }, NOW + i, ORIGIN));
      }, ORIGIN);
    }
    return Y.encodeStateAsUpdate(replica);
  });
  return {
    workspaceId,
    projectId,
    columnIds,
    workspaceUpdate: Y.encodeStateAsUpdate(workspace),
    projectUpdate: Y.mergeUpdates([baseUpdate, ...perColumn]),
    me,
  };
}

function check<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`seeding the benchmark documents failed: ${result.reason}`);
  return result.value;
}

/** mulberry32: tiny and seedable, so every run opens the same board. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
