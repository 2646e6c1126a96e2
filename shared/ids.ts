// Branded, random, URL-safe ids: a TaskId can't be passed where a ProjectId is expected, and ids made
// offline on two devices never collide (16 random characters from a 64-letter alphabet = 96 bits).
declare const brand: unique symbol;
export type Id<Kind extends string> = string & { readonly [brand]: Kind };

export type WorkspaceId = Id<'workspace'>;
export type ProjectId = Id<'project'>;
export type ColumnId = Id<'column'>;
export type TaskId = Id<'task'>;
export type ChecklistItemId = Id<'checklist-item'>;
export type CommentId = Id<'comment'>;
export type UserId = Id<'user'>;
export type LinkId = Id<'link'>;
export type BaselineId = Id<'baseline'>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_LENGTH = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function newId<Kind extends string>(): Id<Kind> {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id as Id<Kind>;
}

/** Ids arrive from documents written by other devices; only well-formed ones are trusted. */
export function isId<Kind extends string>(value: unknown): value is Id<Kind> {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
