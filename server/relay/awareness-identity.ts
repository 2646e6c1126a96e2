// Overwrites who an awareness update says its sender is. The relay knows the person from the
// session token; whatever name or id a client puts in its presence is replaced before anyone
// sees it, so nobody can appear as someone else.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

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
