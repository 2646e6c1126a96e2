// The project room's root types (board, schedule links, baselines). Only files in shared/schema use these names.
import type * as Y from 'yjs';

export interface ProjectRoots {
  readonly columns: Y.Map<unknown>;
  readonly tasks: Y.Map<unknown>;
  readonly comments: Y.Map<unknown>;
  readonly links: Y.Map<unknown>;
  readonly baselines: Y.Map<unknown>;
}

export const PROJECT_ROOT_NAMES = ['columns', 'tasks', 'comments', 'links', 'baselines'] as const;
export type ProjectRootName = (typeof PROJECT_ROOT_NAMES)[number];

export function projectRoots(doc: Y.Doc): ProjectRoots {
  return {
    columns: doc.getMap('columns'),
    tasks: doc.getMap('tasks'),
    comments: doc.getMap('comments'),
    links: doc.getMap('links'),
    baselines: doc.getMap('baselines'),
  };
}
