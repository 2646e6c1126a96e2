import { describe, expect, it } from 'vitest';
import { applyReasonKey } from './apply-reason';

describe('why an imported row was refused', () => {
  it('names each command failure, and anything unknown as refused', () => {
    expect(applyReasonKey('invalid-category')).toBe('import.applyReason.invalid-category');
    expect(applyReasonKey('record-signed')).toBe('import.applyReason.record-signed');
    expect(applyReasonKey('something-new')).toBe('import.applyReason.other');
  });
});
