export type { DocStore, LogEntry, StoredDoc, UpdateMeta } from './doc-store';
export { StoreClosedError } from './doc-store';
export { createMemoryStore } from './memory-store';
export { createSqliteStore } from './sqlite-store';
export type { SqliteStoreOptions } from './sqlite-store';
