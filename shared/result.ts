// Expected failures are values, not exceptions: a command on a card another device just deleted
// is a normal outcome in a CRDT, and the caller decides how to tell the user.
export type Result<T, Reason extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: Reason };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail<Reason extends string>(reason: Reason): Result<never, Reason> {
  return { ok: false, reason };
}
