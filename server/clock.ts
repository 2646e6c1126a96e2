// Time as an injected dependency, so rate limits and timestamps can be driven by tests.
export interface Clock {
  /** Epoch milliseconds (UTC). */
  now(): number;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now() });
