import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  combineSyncStates, computeSyncState, isCoveredBy, mergeStateVectors, parseStateVector, serializeStateVector,
} from './sync-state';

function vectorOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

describe('isCoveredBy', () => {
  it('is true only when the acknowledged vector has every local change', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const acked = vectorOf(doc);
    expect(isCoveredBy(vectorOf(doc), acked)).toBe(true);
    doc.getMap('m').set('b', 2);
    expect(isCoveredBy(vectorOf(doc), acked)).toBe(false);
  });

  it('counts changes from other clients that the server never acknowledged', () => {
    const acked = new Map([[1, 5]]);
    expect(isCoveredBy(new Map([[1, 5], [2, 1]]), acked)).toBe(false);
    expect(isCoveredBy(new Map([[1, 4]]), acked)).toBe(true);
  });

  it('an empty document is covered by nothing', () => {
    expect(isCoveredBy(new Map(), new Map())).toBe(true);
  });
});

describe('mergeStateVectors', () => {
  it('keeps the highest clock per client', () => {
    expect(mergeStateVectors(new Map([[1, 3], [2, 9]]), new Map([[1, 7], [3, 1]]))).toEqual(new Map([[1, 7], [2, 9], [3, 1]]));
  });
});

describe('computeSyncState', () => {
  const facts = { link: 'active', connected: false, connecting: false, deviceCopy: 'stored', covered: true } as const;
  it('says saved on server only when connected and covered', () => {
    expect(computeSyncState({ ...facts, connected: true })).toBe('saved-server');
    expect(computeSyncState({ ...facts, connected: true, covered: false })).toBe('syncing');
  });
  it('says syncing during a first connection attempt, whatever is pending', () => {
    expect(computeSyncState({ ...facts, connecting: true })).toBe('syncing');
    expect(computeSyncState({ ...facts, connecting: true, covered: false })).toBe('syncing');
  });
  it('says offline when unreachable with nothing pending, saved on device when edits wait', () => {
    expect(computeSyncState(facts)).toBe('offline');
    expect(computeSyncState({ ...facts, covered: false })).toBe('saved-device');
    expect(computeSyncState({ ...facts, covered: false, deviceCopy: 'loading' })).toBe('offline');
  });
});

describe('computeSyncState when the device copy failed', () => {
  const facts = { link: 'active', connected: false, connecting: false, deviceCopy: 'failed', covered: false } as const;
  it('never says saved on this device: unsent edits are only in this tab', () => {
    expect(computeSyncState(facts)).toBe('tab-only');
    expect(computeSyncState({ ...facts, link: 'signed-out' })).toBe('tab-only');
    expect(computeSyncState({ ...facts, link: 'signed-out', covered: true })).toBe('tab-only');
  });
  it('still says what the relay holds while connected, and offline when nothing is unsent', () => {
    expect(computeSyncState({ ...facts, connected: true })).toBe('syncing');
    expect(computeSyncState({ ...facts, connected: true, covered: true })).toBe('saved-server');
    expect(computeSyncState({ ...facts, covered: true })).toBe('offline');
  });
});

describe('computeSyncState without a session or access', () => {
  const facts = { link: 'active', connected: false, connecting: false, deviceCopy: 'stored', covered: false } as const;
  it('says "on this device only" while signed out, whatever else is true', () => {
    expect(computeSyncState({ ...facts, link: 'signed-out' })).toBe('device-only');
    expect(computeSyncState({ ...facts, link: 'signed-out', covered: true, connected: true })).toBe('device-only');
  });
  it('says "no access" once the relay refused this person the room', () => {
    expect(computeSyncState({ ...facts, link: 'no-access' })).toBe('no-access');
  });
});

describe('combineSyncStates', () => {
  it('puts lost access and being signed out above everything else', () => {
    expect(combineSyncStates(['saved-device', 'no-access', 'device-only'])).toBe('no-access');
    expect(combineSyncStates(['saved-device', 'device-only', 'syncing'])).toBe('device-only');
  });
  it('puts edits held only in this tab above everything, lost access included', () => {
    expect(combineSyncStates(['no-access', 'tab-only', 'saved-server'])).toBe('tab-only');
  });
  it('shows the least reassuring state of all documents', () => {
    expect(combineSyncStates(['saved-server', 'syncing'])).toBe('syncing');
    expect(combineSyncStates(['offline', 'saved-device'])).toBe('saved-device');
    expect(combineSyncStates([])).toBe('saved-server');
  });
});

describe('state vector persistence', () => {
  it('round-trips and ignores garbage', () => {
    const vector = new Map([[123, 4], [5, 6]]);
    expect(parseStateVector(serializeStateVector(vector))).toEqual(vector);
    expect(parseStateVector('not json')).toEqual(new Map());
    expect(parseStateVector('[[1,"x"],[2,3]]')).toEqual(new Map([[2, 3]]));
    expect(parseStateVector(null)).toEqual(new Map());
  });
});
