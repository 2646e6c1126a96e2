import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin-check';

describe('isAllowedOrigin', () => {
  it('accepts the relay’s own origin and configured ones', () => {
    expect(isAllowedOrigin('http://site.example:8787', 'site.example:8787', [])).toBe(true);
    expect(isAllowedOrigin('https://app.example', 'relay.example', ['https://app.example'])).toBe(true);
  });

  it('refuses other sites and malformed origins', () => {
    expect(isAllowedOrigin('https://evil.example', 'site.example:8787', [])).toBe(false);
    expect(isAllowedOrigin('null', 'site.example', [])).toBe(false);
  });

  it('leaves clients without an Origin header to the token check', () => {
    expect(isAllowedOrigin(undefined, 'site.example', [])).toBe(true);
  });
});
