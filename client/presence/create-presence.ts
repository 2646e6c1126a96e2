// Publishes this person's presence in one project room and reads everyone else's, as signals.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type { TaskId } from '../../shared/ids';
import type { Identity } from '../identity/local-identity';
import { readPeers, type Peer, type PresenceState } from './presence';

export interface Presence {
  readonly peers: Accessor<readonly Peer[]>;
  setEditing(taskId: TaskId | null): void;
}

export function createPresence(awareness: Awareness, identity: Accessor<Identity>): Presence {
  const [editing, setEditing] = createSignal<TaskId | null>(null);
  const [peers, setPeers] = createSignal<readonly Peer[]>([]);
  const refresh = (): void => {
    setPeers(readPeers(awareness.getStates(), identity().id));
  };
  createEffect(() => {
    const { id, name, color } = identity();
    awareness.setLocalState({ user: { id, name, color }, editing: editing() } satisfies PresenceState);
  });
  awareness.on('change', refresh);
  refresh();
  onCleanup(() => {
    awareness.off('change', refresh);
    // The room may stay open a little longer; nobody should see us on a board we left.
    awareness.setLocalState(null);
  });
  return { peers, setEditing };
}
