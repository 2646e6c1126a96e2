// Drops what a peer sends back: a stock y-websocket client re-sends every awareness change it applies,
// so each presence change the relay fans out to N peers comes back N times, at a clock the relay
// already holds. y-protocols would ignore those entries anyway, but only after the relay had checked,
// stamped and parsed each one (three JSON parses and a stringify): at 100 peers renewing together
// that was about 10,000 entries in a burst on the relay's thread. Dropping them first costs a read.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_AWARENESS_CLIENTS_PER_UPDATE } from './awareness-identity';

export interface KnownPresence {
  /** The clock the relay holds for a client id, or undefined for one it never heard of. */
  clockOf(clientId: number): number | undefined;
  /** True while the relay holds a state (not a removal) for the client id. */
  isPresent(clientId: number): boolean;
}

/**
 * The update with only the entries y-protocols' applyAwarenessUpdate would apply (a newer clock,
 * or a removal at the same clock of a present client), or null when none is left. Throws on
 * truncated bytes, and on more clients than one update may name, before anything is decoded.
 */
export function dropKnownEntries(update: Uint8Array, known: KnownPresence): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_CLIENTS_PER_UPDATE) throw new Error(`awareness update for ${count} clients`);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    const current = known.clockOf(clientId) ?? 0;
    // y-protocols writes a removal as JSON "null"
    if (current < clock || (current === clock && state === 'null' && known.isPresent(clientId))) kept.push({ clientId, clock, state });
  }
  if (kept.length === 0) return null;
  if (kept.length === count) return update;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
