import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ProjectId } from '../ids';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from './test-fixtures';
import { addProject, renameProject, renameWorkspace, setProjectArchived, upsertMember } from './workspace-commands';
import { readWorkspace } from './workspace-read';

describe('workspace commands', () => {
  it('names the workspace and lists projects in creation order', () => {
    const doc = new Y.Doc();
    expect(renameWorkspace(doc, '  城东 建筑队 ', NOW, ORIGIN).ok).toBe(true);
    addProject(doc, { name: 'Warehouse', createdBy: ALICE, now: NOW }, ORIGIN);
    addProject(doc, { name: '住宅楼 3#', createdBy: ALICE, now: NOW + 1 }, ORIGIN);
    const view = readWorkspace(doc);
    expect(view.name).toBe('城东 建筑队');
    expect(view.projects.map((project) => project.name)).toEqual(['Warehouse', '住宅楼 3#']);
    expect(view.projects[0]).toMatchObject({ archived: false, createdBy: ALICE, createdAt: NOW });
  });

  it('renames and archives a project, and reports a missing one', () => {
    const doc = new Y.Doc();
    const added = addProject(doc, { name: 'Bridge', createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    renameProject(doc, added.value, 'Bridge deck', ORIGIN);
    setProjectArchived(doc, added.value, true, ORIGIN);
    expect(readWorkspace(doc).projects[0]).toMatchObject({ name: 'Bridge deck', archived: true });
    expect(renameProject(doc, 'proj_missing000' as ProjectId, 'x', ORIGIN)).toEqual({ ok: false, reason: 'project-not-found' });
    expect(addProject(doc, { name: '', createdBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
  });

  it('keeps members who join on two devices at once, and refreshes a name', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    upsertMember(a, { id: ALICE, name: 'Alice', color: '#ff0000', now: NOW }, ORIGIN);
    upsertMember(b, { id: BOB, name: '老王', color: '#00ff00', now: NOW + 5 }, ORIGIN);
    syncAll([a, b]);
    upsertMember(a, { id: ALICE, name: 'Alice Chen', color: '#ff0000', now: NOW + 9 }, ORIGIN);
    syncAll([a, b]);
    expect(readWorkspace(b).members.map((member) => [member.name, member.joinedAt])).toEqual([['Alice Chen', NOW], ['老王', NOW + 5]]);
  });

  it('replaces an invalid member colour with a neutral one', () => {
    const doc = new Y.Doc();
    upsertMember(doc, { id: ALICE, name: 'Alice', color: 'red; background: url(x)', now: NOW }, ORIGIN);
    expect(readWorkspace(doc).members[0]?.color).toBe('#64748b');
  });
});
