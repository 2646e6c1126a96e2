// One undo manager per document, tracking only this user's own edits (by origin), so Ctrl+Z never
// reverts what a teammate just did.
import * as Y from 'yjs';
import { FINANCE_ROOT_NAMES } from './finance-roots';
import { PROJECT_ROOT_NAMES } from './project-roots';
import { WORKSPACE_ROOT_NAMES } from './workspace-roots';

/** Edits closer together than this merge into one undo step (typing a title is one step). */
const CAPTURE_TIMEOUT_MS = 500;

export type UndoDocumentKind = 'project' | 'workspace' | 'finance';

const ROOT_NAMES: Readonly<Record<UndoDocumentKind, readonly string[]>> = {
  project: PROJECT_ROOT_NAMES,
  workspace: WORKSPACE_ROOT_NAMES,
  finance: FINANCE_ROOT_NAMES,
};

export function makeUndoManager(doc: Y.Doc, kind: UndoDocumentKind, origin: object): Y.UndoManager {
  const names = ROOT_NAMES[kind];
  const scope = names.map((name) => doc.getMap<unknown>(name));
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: CAPTURE_TIMEOUT_MS });
}
