import { describe, expect, it } from 'vitest';
import { decideAfterFailures, decideOnClose, isSessionEndedError, shouldCheckSession } from './connection-decisions';

describe('decideOnClose', () => {
  it('signs out on 4401, drops the room on 4403, rechecks the role on 4000', () => {
    expect(decideOnClose(4401)).toBe('sign-out');
    expect(decideOnClose(4403)).toBe('lose-access');
    expect(decideOnClose(4000)).toBe('reconnect-and-recheck');
  });
  it('reconnects after every other close: network loss, relay restart, too big a frame', () => {
    for (const code of [1000, 1006, 1009, 1011, 1012]) expect(decideOnClose(code)).toBe('reconnect');
  });
});

describe('shouldCheckSession', () => {
  it('asks on the second failure in a row and then every tenth, never on the first', () => {
    const asked = Array.from({ length: 31 }, (_, failures) => failures).filter(shouldCheckSession);
    expect(asked).toEqual([2, 10, 20, 30]);
  });
});

describe('decideAfterFailures', () => {
  it('signs out when the relay no longer knows the session', () => {
    expect(decideAfterFailures({ kind: 'session-ended' }, 'p')).toBe('sign-out');
    expect(isSessionEndedError(401)).toBe(true);
    expect(isSessionEndedError(0)).toBe(false);
  });
  it('keeps retrying when the relay is unreachable or the workspace room is simply not up', () => {
    expect(decideAfterFailures({ kind: 'unreachable' }, 'ws')).toBe('keep-trying');
    expect(decideAfterFailures({ kind: 'signed-in', role: 'viewer' }, 'ws')).toBe('keep-trying');
  });
  it('gives the room up when the person has no role that opens it', () => {
    expect(decideAfterFailures({ kind: 'signed-in', role: null }, 'ws')).toBe('lose-access');
    expect(decideAfterFailures({ kind: 'signed-in', role: 'member' }, 'f')).toBe('lose-access');
  });
  it('registers a project room that a member can open but the relay refused', () => {
    expect(decideAfterFailures({ kind: 'signed-in', role: 'member' }, 'p')).toBe('register-project');
  });
});
