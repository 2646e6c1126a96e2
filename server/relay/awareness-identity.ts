// Overwrites who an awareness update says its sender is. The relay knows the person from the
// session token; whatever name or id a client puts in its presence is replaced before anyone
// sees it, so nobody can appear as someone else.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Presence is a name, a colour and what someone is looking at; anything bigger is not presence. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
/** One client announces its own state; a handful covers reconnects, hundreds are an attack. */
export const MAX_AWARENESS_CLIENTS_PER_UPDATE = 32;

/**
 * Throws when an awareness update is malformed or oversized, before it is applied and fanned out to
 * everyone in the room (a 300 KB state sent to 50 peers would be 15 MB of traffic per frame).
 */
export function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_CLIENTS_PER_UPDATE) throw new Error(`awareness update for ${count} clients`);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (state.length > MAX_AWARENESS_STATE_BYTES) throw new Error(`awareness state of ${state.length} characters`);
    JSON.parse(state);
  }
}

export interface PresenceIdentity {
  readonly id: string;
  readonly name: string;
}

/**
 * Awareness update layout (y-protocols): varUint count, then per client varUint clientID,
 * varUint clock, varString JSON state ("null" when the client left).
 */
export function stampAwarenessIdentity(update: Uint8Array, identity: PresenceIdentity): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarString(encoder, stampState(decoding.readVarString(decoder), identity));
  }
  return encoding.toUint8Array(encoder);
}

function stampState(json: string, identity: PresenceIdentity): string {
  const state: unknown = JSON.parse(json);
  if (state === null) return json;
  if (typeof state !== 'object' || Array.isArray(state)) return JSON.stringify({ user: { ...identity } });
  const user = (state as { user?: unknown }).user;
  const rest = typeof user === 'object' && user !== null && !Array.isArray(user) ? user : {};
  return JSON.stringify({ ...state, user: { ...rest, id: identity.id, name: identity.name } });
}
