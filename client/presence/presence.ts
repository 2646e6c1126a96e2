// Who is in a project right now, read from awareness states. Awareness comes from other devices, so
// every state is validated; one person with two tabs shows once.
import { isId, type TaskId, type UserId } from '../../shared/ids';

export interface PresenceUser {
  readonly id: UserId;
  readonly name: string;
  readonly color: string;
}

export interface PresenceState {
  readonly user: PresenceUser;
  /** The card this person has open in the editor, if any. */
  readonly editing: TaskId | null;
}

export interface Peer extends PresenceState {
  readonly isSelf: boolean;
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const MAX_NAME_LENGTH = 200;

export function readPresenceState(value: unknown): PresenceState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { user, editing } = value as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color } = user as Record<string, unknown>;
  if (!isId<'user'>(id) || typeof name !== 'string') return null;
  return {
    user: { id, name: name.slice(0, MAX_NAME_LENGTH), color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : '#64748b' },
    editing: isId<'task'>(editing) ? editing : null,
  };
}

/** Self first, then others by name; a person in several tabs appears once, editing if any tab is. */
export function readPeers(states: ReadonlyMap<number, unknown>, selfId: UserId): Peer[] {
  const byUser = new Map<UserId, Peer>();
  for (const value of states.values()) {
    const state = readPresenceState(value);
    if (state === null) continue;
    const existing = byUser.get(state.user.id);
    const editing = existing?.editing ?? state.editing;
    byUser.set(state.user.id, { ...state, editing, isSelf: state.user.id === selfId });
  }
  return [...byUser.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name));
}

/** Others editing a given card (never yourself: you know what you are editing). */
export function editorsOf(peers: readonly Peer[], taskId: TaskId): Peer[] {
  return peers.filter((peer) => !peer.isSelf && peer.editing === taskId);
}
