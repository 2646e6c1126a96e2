import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { makeCalendar } from '../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../shared/iso-day';
import {
  addProject, addScheduleTask, addTask, deleteBaseline, deleteTask, initProject, linkTasks, readProject, saveBaseline, unlinkTasks,
  updateLink, updateTask, updateTaskSchedule, upsertMember,
} from '../../shared/schema';
import { createProjectStore, createWorkspaceStore } from './doc-store';

const origin = {};

describe('createProjectStore', () => {
  it('mirrors records as they are added, changed and deleted, and stops when its owner is disposed', () => {
    const doc = new Y.Doc();
    initProject(doc, ['To do', 'Done'], origin);
    const columnId = readProject(doc).columns[0]!.id;
    const first = addTask(doc, { columnId, title: 'Pour slab', createdBy: null, now: 1 }, origin);
    if (!first.ok) throw new Error(first.reason);

    createRoot((dispose) => {
      const store = createProjectStore(doc);
      expect(Object.values(store.columns).map((column) => column.title).sort()).toEqual(['Done', 'To do']);
      expect(store.tasks[first.value]?.title).toBe('Pour slab');
      const sameRecord = store.tasks[first.value];

      updateTask(doc, first.value, { title: 'Pour slab, east bay', tags: ['concrete'] }, 2, origin);
      expect(store.tasks[first.value]?.title).toBe('Pour slab, east bay');
      expect(store.tasks[first.value]?.tags).toEqual(['concrete']);
      // Reconciled in place: views keyed on the record keep their DOM.
      expect(store.tasks[first.value]).toBe(sameRecord);

      deleteTask(doc, first.value, origin);
      expect(store.tasks[first.value]).toBeUndefined();

      dispose();
      const later = addTask(doc, { columnId, title: 'After dispose', createdBy: null, now: 3 }, origin);
      expect(later.ok && store.tasks[later.value]).toBeFalsy();
    });
  });

  it('picks up records arriving from another device', () => {
    const remote = new Y.Doc();
    initProject(remote, ['To do'], origin);
    const local = new Y.Doc();
    createRoot((dispose) => {
      const store = createProjectStore(local);
      Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
      expect(Object.values(store.columns).map((column) => column.title)).toEqual(['To do']);
      dispose();
    });
  });

  it('fills from a whole device copy in one step, and reconciles the changes after it in place', () => {
    const stored = new Y.Doc();
    initProject(stored, ['To do'], origin);
    const columnId = readProject(stored).columns[0]!.id;
    const ids = ['Pour slab', 'Order cement', 'Check scaffolding'].map((title, now) => {
      const added = addTask(stored, { columnId, title, createdBy: null, now }, origin);
      if (!added.ok) throw new Error(added.reason);
      return added.value;
    });
    const local = new Y.Doc();
    createRoot((dispose) => {
      const store = createProjectStore(local);
      Y.applyUpdate(local, Y.encodeStateAsUpdate(stored));
      expect(ids.map((id) => store.tasks[id]?.title)).toEqual(['Pour slab', 'Order cement', 'Check scaffolding']);
      const first = store.tasks[ids[0]!];
      updateTask(local, ids[0]!, { title: 'Pour slab, east bay' }, 9, origin);
      expect(store.tasks[ids[0]!]?.title).toBe('Pour slab, east bay');
      expect(store.tasks[ids[0]!]).toBe(first);
      deleteTask(local, ids[1]!, origin);
      expect(Object.keys(store.tasks).sort()).toEqual([ids[0], ids[2]].sort());
      dispose();
    });
  });

  it('mirrors the schedule: task dates, links as they are made, edited and removed, and baselines', () => {
    const doc = new Y.Doc();
    initProject(doc, ['To do'], origin);
    const ids = ['Dig', 'Pour'].map((title) => {
      const added = addScheduleTask(doc, { title, parentId: null, after: null, duration: 2, createdBy: null, now: 1 }, origin);
      if (!added.ok) throw new Error(added.reason);
      return added.value;
    });
    const [dig, pour] = [ids[0]!, ids[1]!];
    createRoot((dispose) => {
      const store = createProjectStore(doc);
      updateTaskSchedule(doc, pour, { start: '2026-03-04' as IsoDay, percentComplete: 10 }, 2, origin);
      expect(store.tasks[pour]).toMatchObject({ start: '2026-03-04', percentComplete: 10, duration: 2 });
      const link = linkTasks(doc, { from: dig, to: pour, type: 'FS', lag: 0 }, 3, origin);
      if (!link.ok) throw new Error(link.reason);
      expect(store.links[link.value]).toEqual({ id: link.value, from: dig, to: pour, type: 'FS', lag: 0, createdAt: 3 });
      updateLink(doc, link.value, { type: 'SS', lag: -1 }, origin);
      expect(store.links[link.value]).toMatchObject({ type: 'SS', lag: -1 });
      const baseline = saveBaseline(doc, { name: 'Contract', calendar: makeCalendar(), projectStart: '2026-03-02' as IsoDay, savedBy: null, now: 4 }, origin);
      if (!baseline.ok) throw new Error(baseline.reason);
      expect(Object.keys(store.baselines[baseline.value]?.tasks ?? {}).sort()).toEqual([dig, pour].sort());
      unlinkTasks(doc, link.value, origin);
      deleteBaseline(doc, baseline.value, origin);
      expect(store.links).toEqual({});
      expect(store.baselines).toEqual({});
      dispose();
    });
  });
});

describe('createWorkspaceStore', () => {
  it('mirrors members and projects', () => {
    const doc = new Y.Doc();
    createRoot((dispose) => {
      const store = createWorkspaceStore(doc);
      const userId = newId<'user'>();
      upsertMember(doc, { id: userId, name: '王工', color: '#1d4ed8', now: 1 }, origin);
      const project = addProject(doc, { name: '滨江 B 栋', createdBy: userId, now: 2 }, origin);
      expect(store.members[userId]?.name).toBe('王工');
      expect(project.ok && store.projects[project.value]?.name).toBe('滨江 B 栋');
      dispose();
    });
  });
});
