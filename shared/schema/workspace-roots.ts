// The workspace room's root types. Only files in shared/schema use these names.
import type * as Y from 'yjs';

export interface WorkspaceRoots {
  readonly info: Y.Map<unknown>;
  readonly members: Y.Map<unknown>;
  readonly projects: Y.Map<unknown>;
  /** The working calendar every project of the workspace schedules with. */
  readonly calendar: Y.Map<unknown>;
  /** The day-labour worker roster, shared by every project of the workspace. */
  readonly workers: Y.Map<unknown>;
  /** Daily check-ins (打卡): one plain value per person and day, keyed `<userId>:<day>`. */
  readonly checkIns: Y.Map<unknown>;
}

// `checkIns` is left out on purpose: these are the roots undo tracks and the workspace store
// observes, and a check-in is an immutable fact (undoing it would let a person re-check in later
// the same day); check-in views observe it themselves (check-in-read.ts).
export const WORKSPACE_ROOT_NAMES = ['workspace', 'members', 'projects', 'calendar', 'workers'] as const;
export type WorkspaceRootName = (typeof WORKSPACE_ROOT_NAMES)[number];

export function workspaceRoots(doc: Y.Doc): WorkspaceRoots {
  return {
    info: doc.getMap('workspace'),
    members: doc.getMap('members'),
    projects: doc.getMap('projects'),
    calendar: doc.getMap('calendar'),
    workers: doc.getMap('workers'),
    checkIns: doc.getMap('checkIns'),
  };
}
