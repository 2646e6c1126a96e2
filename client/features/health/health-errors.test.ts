import { describe, expect, it } from 'vitest';
import { healthErrorKey } from './health-errors';

describe('healthErrorKey', () => {
  it('tells offline apart from refusals', () => {
    expect(healthErrorKey('network', 0)).toBe('health.error.network');
    expect(healthErrorKey('session-expired', 401)).toBe('health.error.session');
    expect(healthErrorKey('no-access-to-room', 403)).toBe('health.error.no-access-to-room');
    expect(healthErrorKey('not-a-manager', 403)).toBe('health.error.not-a-manager');
    expect(healthErrorKey('not-an-admin', 403)).toBe('health.error.not-an-admin');
  });
  it('names any other failure with its code', () => {
    expect(healthErrorKey('invalid-range', 400)).toBe('health.error.other');
    expect(healthErrorKey('invalid-range', 0)).toBe('health.error.other');
    expect(healthErrorKey('http-502', 502)).toBe('health.error.other');
  });
});
