// Drops what a peer sends back: a stock y-websocket client re-sends every awareness change it applies,
// so each presence change the relay fans out to N peers comes back N times, at a clock the relay
// already holds. y-protocols would ignore those entries anyway, but only after the relay had checked,
// stamped and parsed each one (three JSON parses and a stringify): at 100 peers renewing together
// that was about 10,000 entries in a burst on the relay's thread. Dropping them first costs a read.
// A stale state of someone the relay holds as gone is the one exception worth an answer (`gone`).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_AWARENESS_CLIENTS_PER_UPDATE } from './awareness-identity';

export interface KnownPresence {
  /** The clock the relay holds for a client id, or undefined for one it never heard of. */
  clockOf(clientId: number): number | undefined;
  /** True while the relay holds a state (not a removal) for the client id. */
  isPresent(clientId: number): boolean;
}

export interface SortedAwarenessUpdate {
  /** The entries y-protocols' applyAwarenessUpdate would apply, or null when none is left. */
  readonly update: Uint8Array | null;
  /**
   * Clients sent with a state at a clock no newer than the removal the relay holds for them: a client
   * that reconnects (network back, the phone woken) announces itself at the clock it had, but the
   * relay raised that clock when it removed the old connection's presence, so the state is stale to
   * the relay and to everyone it told. Sending the sender that removal makes y-protocols on the client
   * raise its own clock past it and announce itself again ("never let a remote client remove this
   * local state"): visible at once instead of two renewals (up to 30 s) later.
   */
  readonly gone: readonly number[];
}

/**
 * Sorts an update into what to apply and the clients to tell they are gone. Throws on truncated
 * bytes, and on more clients than one update may name, before anything is decoded.
 */
export function dropKnownEntries(update: Uint8Array, known: KnownPresence): SortedAwarenessUpdate {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_CLIENTS_PER_UPDATE) throw new Error(`awareness update for ${count} clients`);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  const gone: number[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    const held = known.clockOf(clientId);
    const current = held ?? 0;
    // y-protocols writes a removal as JSON "null"
    if (current < clock || (current === clock && state === 'null' && known.isPresent(clientId))) kept.push({ clientId, clock, state });
    else if (held !== undefined && state !== 'null' && !known.isPresent(clientId)) gone.push(clientId);
  }
  if (kept.length === 0) return { update: null, gone };
  if (kept.length === count) return { update, gone };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), gone };
}
