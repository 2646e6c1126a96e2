import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { checkAwarenessUpdate, stampAwarenessIdentity } from './awareness-identity';

function presenceFrom(state: Record<string, unknown> | null): { awareness: Awareness; update: Uint8Array } {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  return { awareness, update: encodeAwarenessUpdate(awareness, [awareness.clientID]) };
}

function receive(update: Uint8Array): Awareness {
  const receiver = new Awareness(new Y.Doc());
  applyAwarenessUpdate(receiver, update, 'relay');
  return receiver;
}

describe('stampAwarenessIdentity', () => {
  it('replaces a claimed name and id with the signed-in person, keeping the rest', () => {
    const { awareness, update } = presenceFrom({ user: { id: 'boss', name: 'The Boss', color: '#ff0000' }, editing: 'task1' });
    const stamped = receive(stampAwarenessIdentity(update, { id: 'u123', name: 'Mallory' }));
    expect(stamped.getStates().get(awareness.clientID)).toEqual({ user: { id: 'u123', name: 'Mallory', color: '#ff0000' }, editing: 'task1' });
  });

  it('adds the identity when the state has no user, and leaves a departure as a departure', () => {
    const bare = presenceFrom({ cursor: 3 });
    expect(receive(stampAwarenessIdentity(bare.update, { id: 'u1', name: 'A' })).getStates().get(bare.awareness.clientID)).toEqual({ cursor: 3, user: { id: 'u1', name: 'A' } });
    const gone = presenceFrom({ user: { name: 'x' } });
    gone.awareness.setLocalState(null);
    const leaving = encodeAwarenessUpdate(gone.awareness, [gone.awareness.clientID]);
    const stamped = stampAwarenessIdentity(leaving, { id: 'u1', name: 'A' });
    expect(stamped).toEqual(leaving);
  });

  it('throws on a malformed update so the connection can be closed', () => {
    expect(() => stampAwarenessIdentity(new Uint8Array([1, 5]), { id: 'u', name: 'n' })).toThrow();
  });
});

describe('checkAwarenessUpdate', () => {
  it('accepts ordinary presence and refuses oversized or malformed states', () => {
    expect(() => checkAwarenessUpdate(presenceFrom({ user: { name: '王工', color: '#123456' }, editing: 'task1' }).update)).not.toThrow();
    expect(() => checkAwarenessUpdate(presenceFrom({ user: { name: 'x'.repeat(20_000) } }).update)).toThrow(/characters/);
    expect(() => checkAwarenessUpdate(new Uint8Array([1, 5]))).toThrow();
  });
});
