import { describe, expect, it } from 'vitest';
import { formatPredecessor, parsePredecessors } from './parse-predecessors';

const one = (cell: string | number) => parsePredecessors(cell).refs;

describe('parsePredecessors', () => {
  it('reads a plain reference as finish-to-start without lag', () => {
    expect(one(3)).toEqual([{ ref: '3', type: 'FS', lag: 0 }]);
  });

  it('reads lists split by commas, Chinese commas, semicolons and 、', () => {
    expect(one('3,5').map((ref) => ref.ref)).toEqual(['3', '5']);
    expect(one('3，5；7、9').map((ref) => ref.ref)).toEqual(['3', '5', '7', '9']);
  });

  it('reads types and lags in the MS Project form', () => {
    expect(one('3FS+2')).toEqual([{ ref: '3', type: 'FS', lag: 2 }]);
    expect(one('5SS-1d')).toEqual([{ ref: '5', type: 'SS', lag: -1 }]);
    expect(one('7FF')).toEqual([{ ref: '7', type: 'FF', lag: 0 }]);
    expect(one('8sf+1w')).toEqual([{ ref: '8', type: 'SF', lag: 5 }]);
  });

  it('reads the Chinese MS Project form', () => {
    expect(one('2开始-开始')).toEqual([{ ref: '2', type: 'SS', lag: 0 }]);
    expect(one('4完成-开始+3天')).toEqual([{ ref: '4', type: 'FS', lag: 3 }]);
    expect(one('6完成-完成-2工作日')).toEqual([{ ref: '6', type: 'FF', lag: -2 }]);
  });

  it('reads WBS codes as references', () => {
    expect(one('1.2FS+1, 1.3')).toEqual([{ ref: '1.2', type: 'FS', lag: 1 }, { ref: '1.3', type: 'FS', lag: 0 }]);
  });

  it('keeps what it cannot read apart, without losing the rest', () => {
    expect(parsePredecessors('3, after the pour')).toEqual({ refs: [{ ref: '3', type: 'FS', lag: 0 }], unreadable: ['after the pour'] });
  });

  it('writes the form it reads back', () => {
    for (const [type, lag] of [['FS', 0], ['FS', 2], ['SS', -1], ['FF', 0]] as const) {
      expect(one(formatPredecessor('1.2', type, lag))).toEqual([{ ref: '1.2', type, lag }]);
    }
  });
});
