// The columns of relay.sqlite's `first_screens` table, in one place: the store creates the table with
// them (sqlite-store.ts) and the first-screen code remakes a table of another shape with the same ones
// (server/first-screen/first-screens-table.ts).
export const FIRST_SCREENS_COLUMNS = `
    room TEXT PRIMARY KEY,
    room_seq INTEGER NOT NULL,
    workspace_room TEXT,
    workspace_seq INTEGER NOT NULL,
    day TEXT,
    format TEXT NOT NULL,
    entry TEXT NOT NULL,
    computed_at INTEGER NOT NULL`;
