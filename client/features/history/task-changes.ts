// Turns one accepted update into what it did to cards: the relay keeps raw updates with their
// sender, and this client, which holds the document, reads them back as changes per card. A comment
// counts as a change to its card, read while it still exists (deleting a card takes its comments).
import * as Y from 'yjs';
import { isId, type TaskId } from '../../../shared/ids';
import { attributeUpdate, type ProjectRootName, type RecordChange } from '../../../shared/schema';

/** The card a comment belongs to, from the project's records; null when it is gone or unknown. */
export type CommentCard = (commentId: string) => TaskId | null;

export type TaskChange =
  /** The card itself was created or deleted; which one is decided later, from the whole history. */
  | { readonly taskId: TaskId; readonly kind: 'record' }
  | { readonly taskId: TaskId; readonly kind: 'fields'; readonly fields: readonly string[] }
  | { readonly taskId: TaskId; readonly kind: 'comment' };

/** Decodes the relay's base64; null for text that isn't base64 (a broken or foreign entry). */
export function decodeUpdate(base64: string): Uint8Array | null {
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * Whether `doc` already holds everything `update` inserts. Attribution reads the document, so an
 * update that hasn't synced to this device yet would look like it touched nothing.
 */
export function isUpdateInDoc(doc: Y.Doc, update: Uint8Array): boolean {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    // Not an update at all: nothing will ever make it attributable, so don't wait for it.
    return true;
  }
  return structs.every((struct) => struct instanceof Y.Skip || Y.getState(doc.store, struct.id.client) >= struct.id.clock + struct.length);
}

/** The cards an update changed, in the order `attributeUpdate` lists them. */
export function taskChangesOf(doc: Y.Doc, update: Uint8Array, commentCard: CommentCard): TaskChange[] {
  return attributeUpdate(doc, update).flatMap((change) => toTaskChange(change, commentCard));
}

function toTaskChange(change: RecordChange, commentCard: CommentCard): TaskChange[] {
  switch (change.root) {
    case 'tasks' satisfies ProjectRootName:
      if (!isId<'task'>(change.recordId)) return [];
      return change.wholeRecord ? [{ taskId: change.recordId, kind: 'record' }] : [{ taskId: change.recordId, kind: 'fields', fields: change.fields }];
    case 'comments' satisfies ProjectRootName: {
      // Comments are written once, so only their creation is news; a deleted one has no card left to show.
      const taskId = change.wholeRecord ? commentCard(change.recordId) : null;
      return taskId === null ? [] : [{ taskId, kind: 'comment' }];
    }
    default:
      return [];
  }
}
