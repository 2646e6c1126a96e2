// Who this device's person is: no account, just a display name, a generated id and an avatar colour,
// remembered in localStorage. Also which workspace opens by default.
import { isId, newId, type UserId, type WorkspaceId } from '../../shared/ids';
import { parseStoredObject } from '../storage/stored-object';

export interface Identity {
  readonly id: UserId;
  readonly name: string;
  readonly color: string;
}

/** Colours with enough contrast for white initials (WCAG AA at avatar size). */
export const AVATAR_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f'] as const;

const IDENTITY_KEY = 'sitebeam.identity';
const WORKSPACE_KEY = 'sitebeam.workspace';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function parseIdentity(text: string | null): Identity | null {
  const value = parseStoredObject(text);
  if (value === null) return null;
  const { id, name, color } = value;
  if (!isId<'user'>(id) || typeof name !== 'string' || name.trim() === '' || typeof color !== 'string') return null;
  return { id, name, color };
}

export function makeIdentity(name: string, random: () => number = Math.random): Identity {
  const color = AVATAR_COLORS[Math.floor(random() * AVATAR_COLORS.length)] ?? AVATAR_COLORS[0];
  return { id: newId<'user'>(), name: name.trim(), color };
}

export function loadIdentity(storage: KeyValueStore): Identity | null {
  return parseIdentity(storage.getItem(IDENTITY_KEY));
}

export function saveIdentity(storage: KeyValueStore, identity: Identity): void {
  storage.setItem(IDENTITY_KEY, JSON.stringify(identity));
}

export function loadDefaultWorkspace(storage: KeyValueStore): WorkspaceId | null {
  const value = storage.getItem(WORKSPACE_KEY);
  return isId<'workspace'>(value) ? value : null;
}

export function saveDefaultWorkspace(storage: KeyValueStore, id: WorkspaceId): void {
  storage.setItem(WORKSPACE_KEY, id);
}

/** One or two letters for an avatar: the first letter of a Chinese name, initials of a Latin one. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word.length > 0);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  if (/[\u3400-\u9fff]/.test(first) || words.length < 2) return first.toUpperCase();
  return (first + ([...(words[1] ?? '')][0] ?? '')).toUpperCase();
}
