import { describe, expect, it } from 'vitest';
import type { TaskId, UserId } from '../../shared/ids';
import { editorsOf, readPeers, readPresenceState } from './presence';

const me = 'meMEmeMEmeMEmeME' as UserId;
const ann = 'annANNannANNannA' as UserId;
const task = 'taskTASKtaskTASK' as TaskId;

describe('readPeers', () => {
  it('lists self first, merges one person in two tabs and skips malformed states', () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: ann, name: 'Ann', color: '#112233' }, editing: null }],
      [2, { user: { id: me, name: 'Me', color: '#445566' }, editing: null }],
      [3, { user: { id: ann, name: 'Ann', color: '#112233' }, editing: task }],
      [4, { user: { id: 'bad', name: 'X' } }],
      [5, {}],
    ]);
    const peers = readPeers(states, me);
    expect(peers.map((peer) => [peer.user.name, peer.isSelf, peer.editing])).toEqual([['Me', true, null], ['Ann', false, task]]);
    expect(editorsOf(peers, task).map((peer) => peer.user.id)).toEqual([ann]);
  });

  it('replaces an unsafe colour with a neutral one', () => {
    expect(readPresenceState({ user: { id: ann, name: 'Ann', color: 'red;background:url(x)' }, editing: 5 })).toEqual({
      user: { id: ann, name: 'Ann', color: '#64748b' }, editing: null,
    });
  });
});
