// What the sync badge says about one document, computed from facts rather than guessed: "saved on
// server" only when the relay has acknowledged every change this device holds.
export const SYNC_STATES = ['offline', 'syncing', 'saved-device', 'saved-server', 'device-only', 'no-access', 'tab-only'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** clientID → number of that client's structs, as in Y.decodeStateVector. */
export type StateVector = ReadonlyMap<number, number>;

/** True when every change in `local` is also in `acked`. */
export function isCoveredBy(local: StateVector, acked: StateVector): boolean {
  for (const [client, clock] of local) {
    if (clock > 0 && (acked.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** The pointwise maximum: what the server is known to hold, from all acknowledgements so far. */
export function mergeStateVectors(a: StateVector, b: StateVector): Map<number, number> {
  const merged = new Map(a);
  for (const [client, clock] of b) merged.set(client, Math.max(clock, merged.get(client) ?? 0));
  return merged;
}

/**
 * Whether the room may talk to the relay at all: 'signed-out' keeps it on this device until the
 * person signs in (the relay refuses sockets without a session); 'no-access' after the relay said
 * this person may not open it.
 */
export type RoomLink = 'active' | 'signed-out' | 'no-access';

export type DeviceCopyState = 'loading' | 'stored' | 'failed';

export interface SyncFacts {
  readonly link: RoomLink;
  /** The websocket to the relay is open. */
  readonly connected: boolean;
  /** A first attempt to reach the relay is under way (not a retry after failures). */
  readonly connecting: boolean;
  /**
   * The IndexedDB copy: still loading, storing every edit, or failed (full, closed, unavailable), in
   * which case edits live only in this tab's memory until the relay has them.
   */
  readonly deviceCopy: DeviceCopyState;
  /** The relay acknowledged everything this document holds. */
  readonly covered: boolean;
}

export function computeSyncState(facts: SyncFacts): SyncState {
  const failed = facts.deviceCopy === 'failed';
  // Signed out, every edit stays here: on the device, or only in this tab when the device copy failed.
  if (facts.link === 'signed-out') return failed ? 'tab-only' : 'device-only';
  if (facts.link === 'no-access') return 'no-access';
  if (facts.connected) return facts.covered ? 'saved-server' : 'syncing';
  if (facts.connecting) return 'syncing';
  // Unreachable: what the relay hasn't got is "saved on this device" only if the device copy works.
  if (facts.covered) return 'offline';
  if (failed) return 'tab-only';
  return facts.deviceCopy === 'stored' ? 'saved-device' : 'offline';
}

/**
 * The header shows one state for all open documents: the least reassuring one wins, and edits held
 * only in this tab's memory are the least reassuring of all.
 */
export function combineSyncStates(states: readonly SyncState[]): SyncState {
  const order: readonly SyncState[] = ['tab-only', 'no-access', 'device-only', 'saved-device', 'syncing', 'offline', 'saved-server'];
  for (const state of order) if (states.includes(state)) return state;
  return 'saved-server';
}

/** State vectors survive a reload as plain JSON pairs, so an offline reload still knows what is unsent. */
export function serializeStateVector(vector: StateVector): string {
  return JSON.stringify([...vector]);
}

export function parseStateVector(text: string | null): Map<number, number> {
  if (text === null) return new Map();
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return new Map();
    const pairs = parsed.filter((pair): pair is [number, number] =>
      Array.isArray(pair) && pair.length === 2 && Number.isSafeInteger(pair[0]) && Number.isSafeInteger(pair[1]));
    return new Map(pairs);
  } catch {
    return new Map();
  }
}
