import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_ACK, makeAckTracker } from './ack-tracker';

// A stock provider that never connects: the tracker is fed the relay's frames directly.
function offlineProvider(doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider('ws://relay.invalid/sync', 'p.room-000001', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
}

function receiveAck(provider: WebsocketProvider, stateVector: Uint8Array): void {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_ACK);
  encoding.writeVarUint8Array(frame, stateVector);
  const decoder = decoding.createDecoder(encoding.toUint8Array(frame));
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]?.(encoding.createEncoder(), decoder, provider, true, type);
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('makeAckTracker', () => {
  it('is covered only once the relay acknowledged every local edit', () => {
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    const tracker = makeAckTracker(doc, provider, memoryStorage());
    expect(tracker.isCovered()).toBe(true);
    doc.getMap('tasks').set('a', 1);
    expect(tracker.isCovered()).toBe(false);
    const acked = Y.encodeStateVector(doc);
    doc.getMap('tasks').set('b', 2);
    receiveAck(provider, acked);
    expect(tracker.isCovered()).toBe(false);
    receiveAck(provider, Y.encodeStateVector(doc));
    expect(tracker.isCovered()).toBe(true);
    provider.destroy();
  });

  it('given a start, follows the doc only from then: a device copy loading meanwhile is never re-encoded for it', async () => {
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    doc.off('update', provider._updateHandler);
    let loaded = (): void => {};
    const tracker = makeAckTracker(doc, provider, memoryStorage(), new Promise<void>((resolve) => (loaded = resolve)));
    let changes = 0;
    tracker.onChange(() => changes++);
    // Nothing listening to 'update' is what lets Yjs skip encoding a transaction.
    expect(doc._observers.has('update')).toBe(false);
    doc.getMap('tasks').set('from-device', 1);
    expect(changes).toBe(0);
    expect(tracker.isCovered()).toBe(false);
    loaded();
    await Promise.resolve();
    doc.getMap('tasks').set('typed', 2);
    expect(changes).toBe(1);
    provider.destroy();
  });

  it('counts updates received from the relay as held by it', () => {
    const teammate = new Y.Doc();
    teammate.getMap('tasks').set('x', 1);
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    const tracker = makeAckTracker(doc, provider, memoryStorage());
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate), provider);
    expect(tracker.isCovered()).toBe(true);
    teammate.getMap('tasks').set('y', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate), 'another tab');
    expect(tracker.isCovered()).toBe(false);
    provider.destroy();
  });

  it('counts a live update from the relay that continues what it holds, not one after a gap', () => {
    const teammate = new Y.Doc();
    teammate.getMap('tasks').set('x', 1);
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    const tracker = makeAckTracker(doc, provider, memoryStorage());
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate), provider);
    const before = Y.encodeStateVector(teammate);
    teammate.getMap('tasks').set('y', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate, before), provider);
    expect(tracker.isCovered()).toBe(true);

    const stranger = new Y.Doc();
    stranger.getMap('tasks').set('s', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(stranger), 'another tab');
    const gapStart = Y.encodeStateVector(stranger);
    stranger.getMap('tasks').set('t', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(stranger, gapStart), provider);
    expect(tracker.isCovered()).toBe(false);
    provider.destroy();
  });

  it('remembers acknowledgements across a reload, and notifies on changes', () => {
    const storage = memoryStorage();
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    const tracker = makeAckTracker(doc, provider, storage);
    let changes = 0;
    tracker.onChange(() => changes++);
    doc.getMap('tasks').set('a', 1);
    receiveAck(provider, Y.encodeStateVector(doc));
    expect(changes).toBe(2);
    provider.destroy();

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    const again = offlineProvider(reloaded);
    expect(makeAckTracker(reloaded, again, storage).isCovered()).toBe(true);
    again.destroy();
  });
});
