// Which migrations a document runs, by the kind of room it is: each kind has its own schema version,
// so a change to one kind's shape tells older apps "newer than you" for that kind only.
import { type Migration } from './meta';
import { roomKind, type RoomKind, type RoomName } from './room-name';

/**
 * Finance 1 → 2: a deleted labour record leaves a tombstone (`deletedAt`, labour-deletion.ts) instead of
 * being removed. Nothing stored needs rewriting (a record deleted before was removed; one without
 * `deletedAt` reads live), but an app of version 1 reads a tombstone as a live pending record it may
 * sign, so the version must rise: such an app sees the room as newer than itself and stays read-only.
 */
const labourDeletesLeaveTombstones: Migration = () => undefined;

/** Migration from version N to N + 1 sits at index N - 1 of its kind's list. */
const MIGRATIONS_BY_KIND: Readonly<Record<RoomKind, readonly Migration[]>> = {
  ws: [],
  p: [],
  f: [labourDeletesLeaveTombstones],
};

export function migrationsFor(room: RoomName): readonly Migration[] {
  return MIGRATIONS_BY_KIND[roomKind(room)];
}

/** The schema version this app writes for each kind of room. */
export function schemaVersionOf(kind: RoomKind): number {
  return MIGRATIONS_BY_KIND[kind].length + 1;
}
