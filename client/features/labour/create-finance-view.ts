// The finance room and the worker roster as signals, re-read after every change to their document.
// Finance rooms are small (a project's records), so reading all of it per update stays cheap.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';

export function createDocView<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): Accessor<T> {
  const [view, setView] = createSignal(read(doc), { equals: false });
  const refresh = (): void => void setView(() => read(doc));
  doc.on('update', refresh);
  onCleanup(() => doc.off('update', refresh));
  return view;
}
