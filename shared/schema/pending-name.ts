// A name an import kept on a task because no member had it (Task.pendingAssignees). It comes from a
// file or from a teammate's document, and the card shows it as it is, so it must be one line of
// ordinary text: a control character, a line or paragraph separator or a bidirectional override
// (U+202E shows '五王' for '王五' and can turn the rest of the card's line around) is refused.
import { MAX_NAME_LENGTH } from './limits';

const NOT_IN_A_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A kept name: trimmed, not blank, within a member name's length, no control or override characters. */
export function isPendingName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && name === name.trim() && !hasCharacterNotInAName(name);
}

/** True when a name holds a control, line-separator or bidirectional-override character; the relay refuses such person and robot names for the same reason. */
export function hasCharacterNotInAName(name: string): boolean {
  return NOT_IN_A_NAME.test(name);
}
