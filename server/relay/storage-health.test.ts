import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../log';
import type { CloseCode } from './message-types';
import type { Peer } from './peer';
import { createStorageHealth } from './storage-health';

function recordingPeer(id: string, closes: [string, CloseCode][]): Peer {
  return {
    id, ip: '127.0.0.1', userId: undefined, userName: undefined, sessionId: undefined, readOnly: false, wantsAck: false,
    send: () => {},
    close: (code) => void closes.push([id, code]),
  };
}

describe('storage health', () => {
  it('refuses writes for a window after a failure, doubling it each time, and resets after a success', () => {
    const time = { now: 1_000 };
    const health = createStorageHealth({ clock: { now: () => time.now }, logger: createSilentLogger(), firstRetryMs: 100, maxRetryMs: 1_000 });
    expect(health.acceptsWrites()).toBe(true);
    health.reportFailure(new Error('SQLITE_FULL'));
    expect(health.acceptsWrites()).toBe(false);
    expect(health.isDegraded()).toBe(true);
    time.now += 100;
    expect(health.acceptsWrites()).toBe(true);
    health.reportFailure(new Error('SQLITE_FULL'));
    time.now += 100;
    expect(health.acceptsWrites()).toBe(false);
    time.now += 100;
    expect(health.acceptsWrites()).toBe(true);
    health.reportSuccess();
    health.reportFailure(new Error('SQLITE_FULL'));
    time.now += 100;
    expect(health.acceptsWrites()).toBe(true);
    health.dispose();
  });

  it('asks refused writers to reconnect (1012) when the window ends, once each', async () => {
    const closes: [string, CloseCode][] = [];
    const health = createStorageHealth({ clock: { now: () => Date.now() }, logger: createSilentLogger(), firstRetryMs: 20 });
    const peer = recordingPeer('writer', closes);
    health.reportFailure(new Error('SQLITE_FULL'));
    health.refused(peer);
    health.refused(peer);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(closes).toEqual([['writer', 1012]]);
  });
});
