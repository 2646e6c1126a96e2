// Writes a new string into a Y.Text as the smallest single splice, so two people editing
// different parts of a description at once both keep their words.
import type * as Y from 'yjs';

export function replaceText(target: Y.Text, next: string): void {
  const current = target.toString();
  if (current === next) return;
  let start = 0;
  const maxStart = Math.min(current.length, next.length);
  while (start < maxStart && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never split a surrogate pair: Yjs sends text as UTF-8, where half an emoji becomes U+FFFD.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current.charCodeAt(endCurrent - 1) === next.charCodeAt(endNext - 1)) {
    endCurrent--;
    endNext--;
  }
  if (endCurrent < current.length && isLowSurrogate(current.charCodeAt(endCurrent))) {
    endCurrent++;
    endNext++;
  }
  if (endCurrent > start) target.delete(start, endCurrent - start);
  if (endNext > start) target.insert(start, next.slice(start, endNext));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
