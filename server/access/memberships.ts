// Workspaces, their projects and who holds which role in them. A room's access follows from the
// role of its workspace: `ws.<id>` directly, `p.<id>` and `f.<id>` through the registered project.
import { canAssignRole, canManageMembers, isRole, roomAccess, type Role, type RoomAccess } from '../../shared/domain/access';
import { roomKind, type RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { AccessDb } from './access-db';

export interface Member {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly addedAt: number;
}

export type MembershipFailure = 'not-a-member' | 'forbidden' | 'workspace-taken' | 'project-taken' | 'unknown-workspace' | 'member-not-found';
export type MembershipResult = { readonly ok: true } | { readonly ok: false; readonly reason: MembershipFailure };

export interface Memberships {
  roleOf(userId: string, workspaceId: string): Role | null;
  roomAccessFor(userId: string, room: RoomName): RoomAccess;
  /** A signed-in person registers a new workspace id and becomes its owner. */
  registerWorkspace(userId: string, workspaceId: string): MembershipResult;
  /** A writer of the workspace registers a project so its rooms follow the workspace's roles. */
  registerProject(userId: string, workspaceId: string, projectId: string): MembershipResult;
  addMember(workspaceId: string, userId: string, role: Role): void;
  list(userId: string, workspaceId: string): Member[] | null;
  workspacesOf(userId: string): { readonly workspaceId: string; readonly role: Role }[];
  /** The ids of the projects registered in a workspace (their `p.` and `f.` rooms follow its roles). */
  projectsOf(workspaceId: string): string[];
  /** The workspace a registered project belongs to, or null. */
  workspaceOf(projectId: string): string | null;
  /** Every workspace with its member count now (the metrics job records it daily). */
  memberCounts(): { readonly workspaceId: string; readonly members: number }[];
  setRole(actorId: string, workspaceId: string, userId: string, role: Role): MembershipResult;
  remove(actorId: string, workspaceId: string, userId: string): MembershipResult;
}

export function createMemberships(db: AccessDb, clock: Clock): Memberships {
  const selectRole = db.prepare<[string, string], { role: string }>('SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?');
  const selectProjectWorkspace = db.prepare<[string], { workspace_id: string }>('SELECT workspace_id FROM projects WHERE id = ?');
  const selectWorkspace = db.prepare<[string], { id: string }>('SELECT id FROM workspaces WHERE id = ?');
  const insertWorkspace = db.prepare('INSERT INTO workspaces (id, created_by, created_at) VALUES (?, ?, ?)');
  const insertProject = db.prepare('INSERT INTO projects (id, workspace_id, created_at) VALUES (?, ?, ?)');
  const upsertMember = db.prepare(
    'INSERT INTO memberships (workspace_id, user_id, role, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role',
  );
  const deleteMember = db.prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?');
  const listMembers = db.prepare<[string], { user_id: string; name: string; role: string; added_at: number }>(
    'SELECT m.user_id, u.name, m.role, m.added_at FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ? ORDER BY m.added_at, u.name',
  );
  const listProjects = db.prepare<[string], { id: string }>('SELECT id FROM projects WHERE workspace_id = ? ORDER BY created_at, id');
  const listWorkspaces = db.prepare<[string], { workspace_id: string; role: string }>('SELECT workspace_id, role FROM memberships WHERE user_id = ? ORDER BY added_at');
  // counted as list() lists them: memberships of people the relay knows
  const countMembers = db.prepare<[], { id: string; members: number }>(
    'SELECT w.id, COUNT(u.id) AS members FROM workspaces w LEFT JOIN memberships m ON m.workspace_id = w.id LEFT JOIN users u ON u.id = m.user_id GROUP BY w.id ORDER BY w.id',
  );

  const roleOf = (userId: string, workspaceId: string): Role | null => {
    const role = selectRole.get(workspaceId, userId)?.role;
    return isRole(role) ? role : null;
  };

  const workspaceOfRoom = (room: RoomName): string | null => {
    const id = room.slice(room.indexOf('.') + 1);
    return roomKind(room) === 'ws' ? id : selectProjectWorkspace.get(id)?.workspace_id ?? null;
  };

  return {
    roleOf,
    roomAccessFor(userId, room) {
      const workspaceId = workspaceOfRoom(room);
      const role = workspaceId === null ? null : roleOf(userId, workspaceId);
      return role === null ? 'none' : roomAccess(role, roomKind(room));
    },
    registerWorkspace(userId, workspaceId) {
      if (selectWorkspace.get(workspaceId)) return roleOf(userId, workspaceId) === null ? { ok: false, reason: 'workspace-taken' } : { ok: true };
      db.transaction(() => {
        insertWorkspace.run(workspaceId, userId, clock.now());
        upsertMember.run(workspaceId, userId, 'owner', clock.now());
      })();
      return { ok: true };
    },
    registerProject(userId, workspaceId, projectId) {
      const role = roleOf(userId, workspaceId);
      if (role === null) return { ok: false, reason: 'not-a-member' };
      const existing = selectProjectWorkspace.get(projectId)?.workspace_id;
      if (existing !== undefined) return existing === workspaceId ? { ok: true } : { ok: false, reason: 'project-taken' };
      if (roomAccess(role, 'p') !== 'write') return { ok: false, reason: 'forbidden' };
      insertProject.run(projectId, workspaceId, clock.now());
      return { ok: true };
    },
    addMember(workspaceId, userId, role) {
      if (!selectWorkspace.get(workspaceId)) throw new Error(`adding a member to unknown workspace ${workspaceId}`);
      if (roleOf(userId, workspaceId) === null) upsertMember.run(workspaceId, userId, role, clock.now());
    },
    list(userId, workspaceId) {
      if (roleOf(userId, workspaceId) === null) return null;
      return listMembers.all(workspaceId).flatMap((row) => (isRole(row.role) ? [{ userId: row.user_id, name: row.name, role: row.role, addedAt: row.added_at }] : []));
    },
    projectsOf: (workspaceId) => listProjects.all(workspaceId).map((row) => row.id),
    workspaceOf: (projectId) => selectProjectWorkspace.get(projectId)?.workspace_id ?? null,
    memberCounts: () => countMembers.all().map((row) => ({ workspaceId: row.id, members: row.members })),
    workspacesOf: (userId) => listWorkspaces.all(userId).flatMap((row) => (isRole(row.role) ? [{ workspaceId: row.workspace_id, role: row.role }] : [])),
    setRole(actorId, workspaceId, userId, role) {
      const actor = roleOf(actorId, workspaceId);
      if (actor === null) return { ok: false, reason: 'not-a-member' };
      const current = roleOf(userId, workspaceId);
      if (current === null) return { ok: false, reason: 'member-not-found' };
      if (!canAssignRole(actor, current, role)) return { ok: false, reason: 'forbidden' };
      upsertMember.run(workspaceId, userId, role, clock.now());
      return { ok: true };
    },
    remove(actorId, workspaceId, userId) {
      const actor = roleOf(actorId, workspaceId);
      if (actor === null) return { ok: false, reason: 'not-a-member' };
      const current = roleOf(userId, workspaceId);
      if (current === null) return { ok: false, reason: 'member-not-found' };
      const leavingThemselves = actorId === userId && current !== 'owner';
      if (!leavingThemselves && (!canManageMembers(actor) || current === 'owner')) return { ok: false, reason: 'forbidden' };
      deleteMember.run(workspaceId, userId);
      return { ok: true };
    },
  };
}
