// What a device keeps as JSON (localStorage) is read back as a plain object or nothing: a value another
// build wrote, a hand edit or a truncated write must never throw where the app starts. Each reader then
// checks the fields it needs.

/** The stored text as a plain object (not null, not an array), or null for no text, bad JSON or any other value. */
export function parseStoredObject(text: string | null): Readonly<Record<string, unknown>> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}
