// The workspace room's root types. Only files in shared/schema use these names.
import type * as Y from 'yjs';

export interface WorkspaceRoots {
  readonly info: Y.Map<unknown>;
  readonly members: Y.Map<unknown>;
  readonly projects: Y.Map<unknown>;
}

export const WORKSPACE_ROOT_NAMES = ['workspace', 'members', 'projects'] as const;
export type WorkspaceRootName = (typeof WORKSPACE_ROOT_NAMES)[number];

export function workspaceRoots(doc: Y.Doc): WorkspaceRoots {
  return {
    info: doc.getMap('workspace'),
    members: doc.getMap('members'),
    projects: doc.getMap('projects'),
  };
}
