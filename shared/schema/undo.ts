// One undo manager per document, tracking only this user's own edits (by origin), so Ctrl+Z never
// reverts what a teammate just did.
import * as Y from 'yjs';
import { PROJECT_ROOT_NAMES } from './project-roots';
import { WORKSPACE_ROOT_NAMES } from './workspace-roots';

/** Edits closer together than this merge into one undo step (typing a title is one step). */
const CAPTURE_TIMEOUT_MS = 500;

export function makeUndoManager(doc: Y.Doc, kind: 'project' | 'workspace', origin: object): Y.UndoManager {
  const names: readonly string[] = kind === 'project' ? PROJECT_ROOT_NAMES : WORKSPACE_ROOT_NAMES;
  const scope = names.map((name) => doc.getMap<unknown>(name));
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: CAPTURE_TIMEOUT_MS });
}
