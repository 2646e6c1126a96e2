// One simulated device for the convergence fuzz: a Y.Doc that applies random board commands and
// exchanges updates with the others only while "online", like a phone on a construction site.
import * as Y from 'yjs';
import type { ColumnId, TaskId, UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import {
  addChecklistItem, addColumn, addComment, addTask, deleteColumn, deleteTask, moveColumn, moveTask,
  readColumns, readProject, setChecklistItemDone, setColumnWipLimit, updateTask,
} from '../../shared/schema';
import type { Random } from '../support/seeded-random';

export interface PeerLog {
  readonly created: Set<TaskId>;
  readonly deleted: Set<TaskId>;
}

export class BoardPeer {
  readonly doc = new Y.Doc();
  online = true;
  private readonly origin: { readonly peer: string };

  constructor(readonly name: string, private readonly log: PeerLog) {
    this.origin = { peer: name };
  }

  /** Applies one random command; returns what it did, for the failure report. */
  act(random: Random, now: number): string {
    const view = readProject(this.doc);
    const columns = readColumns(this.doc);
    const column = random.pick(columns);
    const task = random.pick(view.tasks);
    const user = `user_${this.name.padEnd(11, '0')}` as UserId;
    const roll = random.int(100);
    if (roll < 25 && column) {
      const added = addTask(this.doc, { columnId: column.id, title: `card ${now}`, createdBy: user, now, position: random.chance(0.3) ? 'top' : 'bottom' }, this.origin);
      if (added.ok) this.log.created.add(added.value);
      return `addTask → ${added.ok ? added.value : added.reason}`;
    }
    if (roll < 50 && task && column) {
      const result = moveTask(this.doc, task.id, { columnId: column.id, index: random.int(6) }, now, this.origin);
      return `moveTask ${task.id} → ${column.id}: ${result.ok}`;
    }
    if (roll < 65 && task) {
      const patch = random.chance(0.5)
        ? { title: `renamed by ${this.name} at ${now}`, tags: random.chance(0.5) ? [`t${random.int(4)}`] : [] }
        : { description: `${task.description.slice(0, random.int(task.description.length + 1))}${this.name}`, dueDate: `2026-12-${String(1 + random.int(28)).padStart(2, '0')}` as IsoDay };
      return `updateTask ${task.id}: ${updateTask(this.doc, task.id, patch, now, this.origin).ok}`;
    }
    if (roll < 72 && task) {
      const deleted = deleteTask(this.doc, task.id, this.origin);
      if (deleted.ok) this.log.deleted.add(task.id);
      return `deleteTask ${task.id}`;
    }
    if (roll < 80 && task) {
      const item = random.pick(task.checklist);
      if (item) return `tick ${task.id}: ${setChecklistItemDone(this.doc, task.id, item.id, !item.done, now, this.origin).ok}`;
      return `addChecklistItem ${task.id}: ${addChecklistItem(this.doc, task.id, `step ${now}`, now, this.origin).ok}`;
    }
    if (roll < 85 && task) {
      return `addComment ${task.id}: ${addComment(this.doc, { taskId: task.id, authorId: user, authorName: this.name, text: `note ${now}`, now }, this.origin).ok}`;
    }
    if (roll < 90) return `addColumn: ${addColumn(this.doc, { title: `col ${now}` }, this.origin).ok}`;
    if (roll < 94 && column) return `moveColumn ${column.id}: ${moveColumn(this.doc, column.id, random.int(5), this.origin).ok}`;
    if (roll < 97 && column) return `wip ${column.id}: ${setColumnWipLimit(this.doc, column.id, random.chance(0.5) ? null : 1 + random.int(5), this.origin).ok}`;
    if (column) return `deleteColumn ${column.id}: ${deleteColumn(this.doc, column.id as ColumnId, this.origin).ok}`;
    return 'nothing';
  }

  /** Every peer calls this in the same round: the same card moved and renamed on all devices at once. */
  contendForFirstCard(random: Random, now: number): string {
    const task = readProject(this.doc).tasks[0];
    const column = random.pick(readColumns(this.doc));
    if (!task || !column) return 'contend: nothing to move';
    const moved = moveTask(this.doc, task.id, { columnId: column.id, index: random.int(3) }, now, this.origin);
    const renamed = updateTask(this.doc, task.id, { title: `contended by ${this.name}` }, now, this.origin);
    return `contend ${task.id} → ${column.id}: ${moved.ok} ${renamed.ok}`;
  }

  syncWith(other: BoardPeer): void {
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(other.doc)));
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(this.doc)));
  }
}
