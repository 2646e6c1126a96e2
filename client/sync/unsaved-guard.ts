// Warns before the tab closes while a document holds edits the relay has not acknowledged. The
// edits are safe in IndexedDB either way, but the teammates won't see them until this device returns.
import type { RoomRegistry } from './room-registry';

export function makeUnsavedGuard(registry: RoomRegistry): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!registry.openRooms().some((room) => room.hasUnsavedEdits())) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

/** Asks once that the browser never evicts this origin's storage: it holds edits not yet on the relay. */
export function requestPersistentStorage(): void {
  const storage = navigator.storage;
  if (storage === undefined || typeof storage.persist !== 'function') return;
  void storage.persisted().then((already) => (already ? true : storage.persist())).catch(() => false);
}
