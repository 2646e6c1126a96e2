import { describe, expect, it } from 'vitest';
import { pinchStep } from './pinch-step';

describe('pinch step', () => {
  it('zooms in when the fingers spread, out when they close, and waits in between', () => {
    expect(pinchStep(100, 150)).toBe(-1);
    expect(pinchStep(100, 70)).toBe(1);
    expect(pinchStep(100, 120)).toBe(0);
    expect(pinchStep(100, 80)).toBe(0);
  });
  it('ignores a degenerate gesture', () => {
    expect(pinchStep(0, 100)).toBe(0);
  });
});
