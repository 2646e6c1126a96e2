// Undo/redo for one document, tracking only this person's own edits, with signals for the buttons
// and the keyboard shortcut wired to the window while the owning view lives.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { makeUndoManager, type UndoDocumentKind } from '../../shared/schema';
import { isTypingTarget, undoShortcut } from './undo-shortcut';

export interface Undo {
  readonly canUndo: Accessor<boolean>;
  readonly canRedo: Accessor<boolean>;
  undo(): void;
  redo(): void;
  /** The next edit starts its own undo step even if it follows quickly (a delete is undone on its own). */
  separate(): void;
}

export function createUndo(doc: Y.Doc, kind: UndoDocumentKind, origin: object): Undo {
  const manager = makeUndoManager(doc, kind, origin);
  const [canUndo, setCanUndo] = createSignal(false);
  const [canRedo, setCanRedo] = createSignal(false);
  const refresh = (): void => {
    setCanUndo(manager.canUndo());
    setCanRedo(manager.canRedo());
  };
  manager.on('stack-item-added', refresh);
  manager.on('stack-item-popped', refresh);
  manager.on('stack-cleared', refresh);

  const onKeyDown = (event: KeyboardEvent): void => {
    const command = undoShortcut(event);
    if (command === null || isTypingTarget(event.target instanceof HTMLElement ? toTargetInfo(event.target) : null)) return;
    event.preventDefault();
    if (command === 'undo') manager.undo();
    else manager.redo();
  };
  window.addEventListener('keydown', onKeyDown);
  onCleanup(() => {
    window.removeEventListener('keydown', onKeyDown);
    manager.destroy();
  });
  return { canUndo, canRedo, undo: () => manager.undo(), redo: () => manager.redo(), separate: () => manager.stopCapturing() };
}

function toTargetInfo(element: HTMLElement): { tagName: string; isContentEditable: boolean; type?: string } {
  return { tagName: element.tagName, isContentEditable: element.isContentEditable, type: element.getAttribute('type') ?? undefined };
}
