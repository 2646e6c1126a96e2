import { describe, expect, it } from 'vitest';
import { historyUnavailable, isOfflineError } from './history-availability';

describe('historyUnavailable', () => {
  it('asks for a session first, whatever the connection', () => {
    expect(historyUnavailable({ signedIn: false, online: false, link: 'signed-out' })).toBe('signed-out');
    expect(historyUnavailable({ signedIn: true, online: true, link: 'signed-out' })).toBe('signed-out');
  });

  it('explains no access and no connection', () => {
    expect(historyUnavailable({ signedIn: true, online: true, link: 'no-access' })).toBe('no-access');
    expect(historyUnavailable({ signedIn: true, online: false, link: 'active' })).toBe('offline');
  });

  it('lets a signed-in, online person with an active room ask', () => {
    expect(historyUnavailable({ signedIn: true, online: true, link: 'active' })).toBeNull();
  });

  it('treats only a network failure as being offline', () => {
    expect(isOfflineError('network')).toBe(true);
    expect(isOfflineError('no-access-to-room')).toBe(false);
  });
});
