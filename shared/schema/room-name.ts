// Room names: a room is one Y.Doc and the unit of access control, so its name is checked
// before it touches storage or any access table.
export const ROOM_KINDS = ['ws', 'p', 'f'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** `ws.<workspaceId>`, `p.<projectId>` (work) or `f.<projectId>` (finance). */
export const ROOM_NAME_PATTERN = /^(ws|p|f)\.[A-Za-z0-9_-]{8,64}$/;

export type RoomName = string & { readonly __brand: 'RoomName' };

export function isRoomName(value: string): value is RoomName {
  return ROOM_NAME_PATTERN.test(value);
}

export function roomKind(room: RoomName): RoomKind {
  const kind = room.slice(0, room.indexOf('.'));
  if (kind === 'ws' || kind === 'p' || kind === 'f') return kind;
  throw new Error(`room name without a valid kind: ${room}`);
}

export function workspaceRoom(workspaceId: string): RoomName {
  return checkedRoom(`ws.${workspaceId}`);
}

export function projectRoom(projectId: string): RoomName {
  return checkedRoom(`p.${projectId}`);
}

export function financeRoom(projectId: string): RoomName {
  return checkedRoom(`f.${projectId}`);
}

function checkedRoom(name: string): RoomName {
  if (!isRoomName(name)) throw new Error(`not a valid room name: ${name}`);
  return name;
}
