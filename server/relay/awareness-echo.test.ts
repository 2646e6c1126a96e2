import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { dropKnownEntries } from './awareness-echo';
import type { KnownPresence } from './awareness-echo';

function person(name: string): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name } });
  return awareness;
}

/** What the relay holds: its own Awareness, read the way room-awareness.ts reads it. */
function relayHolding(...people: Awareness[]): { relay: Awareness; known: KnownPresence } {
  const relay = new Awareness(new Y.Doc());
  relay.setLocalState(null);
  for (const one of people) applyAwarenessUpdate(relay, encodeAwarenessUpdate(one, [one.clientID]), 'peer');
  return { relay, known: { clockOf: (id) => relay.meta.get(id)?.clock, isPresent: (id) => relay.states.has(id) } };
}

describe('dropKnownEntries', () => {
  it('drops a state sent back at the clock the relay already holds', () => {
    const alice = person('Alice');
    const { known } = relayHolding(alice);
    expect(dropKnownEntries(encodeAwarenessUpdate(alice, [alice.clientID]), known)).toEqual({ update: null, gone: [] });
  });

  it('keeps only the newer entries of an echo mixed with a real change, and they apply as before', () => {
    const alice = person('Alice');
    const bob = person('Bob');
    const { relay, known } = relayHolding(alice, bob);
    // bob's client heard alice and moves on itself: it sends both, as y-websocket does
    applyAwarenessUpdate(bob, encodeAwarenessUpdate(alice, [alice.clientID]), 'relay');
    bob.setLocalStateField('editing', 'task1');
    const { update, gone } = dropKnownEntries(encodeAwarenessUpdate(bob, [alice.clientID, bob.clientID]), known);
    expect(gone).toEqual([]);

    expect(update).not.toBeNull();
    const listener = (change: { updated: number[] }): void => void expect(change.updated).toEqual([bob.clientID]);
    relay.on('update', listener);
    applyAwarenessUpdate(relay, update!, 'peer');
    expect(relay.getStates().get(bob.clientID)).toEqual({ user: { name: 'Bob' }, editing: 'task1' });
  });

  it('keeps a removal at the same clock of someone present, as y-protocols would apply it', () => {
    const alice = person('Alice');
    const { known } = relayHolding(alice);
    const elsewhere = new Awareness(new Y.Doc());
    applyAwarenessUpdate(elsewhere, encodeAwarenessUpdate(alice, [alice.clientID]), 'relay');
    removeAwarenessStates(elsewhere, [alice.clientID], 'gone');
    expect(dropKnownEntries(encodeAwarenessUpdate(elsewhere, [alice.clientID]), known).update).not.toBeNull();
  });

  it('names a client the relay holds as gone that comes back at its old clock, and nobody it never heard of', () => {
    const alice = person('Alice');
    const { relay, known } = relayHolding(alice);
    removeAwarenessStates(relay, [alice.clientID], 'connection closed');
    // alice's client reconnects with the state and clock it had
    expect(dropKnownEntries(encodeAwarenessUpdate(alice, [alice.clientID]), known)).toEqual({ update: null, gone: [alice.clientID] });
    const stranger = new Awareness(new Y.Doc());
    stranger.setLocalState(null);
    stranger.meta.set(stranger.clientID, { clock: 0, lastUpdated: 0 });
    stranger.states.set(stranger.clientID, { user: { name: 'Stranger' } });
    expect(dropKnownEntries(encodeAwarenessUpdate(stranger, [stranger.clientID]), known)).toEqual({ update: null, gone: [] });
  });

  it('refuses more clients than one update may name, and truncated bytes', () => {
    const { known } = relayHolding();
    expect(() => dropKnownEntries(new Uint8Array([33]), known)).toThrow(/33 clients/);
    expect(() => dropKnownEntries(new Uint8Array([1, 5]), known)).toThrow();
  });
});
