import { describe, expect, it } from 'vitest';
import { diffAlertItems } from './alert-diff';
import type { AlertItem } from './alert-items';

const late = (key: string): AlertItem => ({ kind: 'late-critical', key, title: key, daysLate: 1 });

describe('diffAlertItems', () => {
  it('alerts on what appeared, not on what was already seen', () => {
    expect(diffAlertItems(['a'], [late('a'), late('b')])).toEqual({ appeared: [late('b')], keys: ['a', 'b'] });
  });

  it('forgets what recovered, so it alerts again when it goes wrong again', () => {
    const recovered = diffAlertItems(['a', 'b'], [late('b')]);
    expect(recovered).toEqual({ appeared: [], keys: ['b'] });
    expect(diffAlertItems(recovered.keys, [late('a'), late('b')]).appeared).toEqual([late('a')]);
  });

  it('sees everything as new on the first check', () => {
    expect(diffAlertItems([], [late('b'), late('a')])).toEqual({ appeared: [late('b'), late('a')], keys: ['a', 'b'] });
  });
});
