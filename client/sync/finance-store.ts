// The finance room (`f.<projectId>`) as one signal of validated plain records. A project's finance
// records are few (hundreds, not the board's thousands), so re-reading them all after each update
// stays cheap and keeps every derived total consistent with one snapshot of the document.
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { readFinance, type FinanceView } from '../../shared/schema';

/** Must run inside a reactive owner: it stops observing when the owner is disposed. */
export function createFinanceStore(doc: Y.Doc, language: Accessor<'en' | 'zh'>): Accessor<FinanceView> {
  const [version, setVersion] = createSignal(0);
  const bump = (): void => void setVersion((value) => value + 1);
  doc.on('update', bump);
  onCleanup(() => doc.off('update', bump));
  return createMemo(() => {
    version();
    return readFinance(doc, language());
  });
}
