import { describe, expect, it } from 'vitest';
import { failureKey } from './failure-message';

describe('failureKey', () => {
  it('maps every known command failure to its own message', () => {
    for (const reason of ['empty-or-too-long', 'task-not-found', 'column-not-found', 'invalid-wip-limit', 'last-column', 'item-not-found', 'project-not-found', 'invalid-tag', 'too-many-tags', 'invalid-due-date']) {
      expect(failureKey(reason)).toBe(`failure.${reason}`);
    }
  });
  it('falls back to a generic message for an unknown reason', () => {
    expect(failureKey('meteor-strike')).toBe('failure.unknown');
    expect(failureKey('toString')).toBe('failure.unknown');
  });
});
