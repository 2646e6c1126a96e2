import { describe, expect, it } from 'vitest';
import { parseStoredObject } from './stored-object';

describe('parseStoredObject', () => {
  it('reads a stored object', () => {
    expect(parseStoredObject('{"time":"08:30","n":2}')).toEqual({ time: '08:30', n: 2 });
  });

  it('is null for no text, bad or truncated JSON, and values that are not plain objects', () => {
    for (const text of [null, '', '{"time":', 'not json', 'null', '42', '"text"', 'true', '[1,2]']) {
      expect(parseStoredObject(text)).toBeNull();
    }
  });
});
