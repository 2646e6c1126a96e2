// Size limits for user text: generous for real use, small enough that one pasted novel can't
// bloat a document every phone on the team has to load.
export const MAX_NAME_LENGTH = 200;
export const MAX_TITLE_LENGTH = 500;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 30;
export const MAX_ASSIGNEES = 30;
export const MAX_CHECKLIST_TEXT_LENGTH = 500;
export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_DESCRIPTION_LENGTH = 100_000;
export const MAX_WIP_LIMIT = 999;
/** Ten years of working days: more is a typo, not a construction task. */
export const MAX_DURATION_DAYS = 3650;
export const MAX_LAG_DAYS = 3650;
export const MAX_IMPORT_KEY_LENGTH = 200;
export const MAX_LINKS = 100_000;

/** Trims and collapses a one-line field; null when nothing is left or it is too long. */
export function cleanLine(value: string, maxLength: number): string | null {
  const cleaned = value.replace(/\s+/g, ' ').trim();
  if (cleaned.length === 0 || cleaned.length > maxLength) return null;
  return cleaned;
}

/** Trims a multi-line comment, keeping its line breaks; null when empty or too long. */
export function cleanComment(value: string): string | null {
  const cleaned = value.trim();
  if (cleaned.length === 0 || cleaned.length > MAX_COMMENT_LENGTH) return null;
  return cleaned;
}
