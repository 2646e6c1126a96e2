// Which alert items are new since the last check: an item alerts once when it appears, stays quiet
// while it stays, and alerts again if it recovers (drops out) and later appears again.
import type { AlertItem } from './alert-items';

export interface AlertDiff {
  readonly appeared: readonly AlertItem[];
  /** What to store as "seen" for the next check: exactly the current items' keys. */
  readonly keys: readonly string[];
}

export function diffAlertItems(previousKeys: readonly string[], current: readonly AlertItem[]): AlertDiff {
  const seen = new Set(previousKeys);
  return { appeared: current.filter((item) => !seen.has(item.key)), keys: [...new Set(current.map((item) => item.key))].sort() };
}
