// The workspace room's check-ins as a Solid accessor, read again after every local or remote change.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { CheckIn } from '../../../shared/domain/points';
import { observeCheckIns, readCheckIns } from '../../../shared/schema';

/** Must run inside a reactive owner: it stops observing with the owner. */
export function createCheckIns(doc: Y.Doc): Accessor<readonly CheckIn[]> {
  const [checkIns, setCheckIns] = createSignal<readonly CheckIn[]>(readCheckIns(doc));
  onCleanup(observeCheckIns(doc, () => setCheckIns(readCheckIns(doc))));
  return checkIns;
}
