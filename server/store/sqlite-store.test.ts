import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DocStore } from './doc-store';
import { createSqliteStore } from './sqlite-store';
import { describeDocStoreContract } from './store-contract';

describeDocStoreContract('sqlite (temp file)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'relay-store-'));
  const file = path.join(dir, 'relay.sqlite');
  let current: DocStore = createSqliteStore({ file });
  return {
    get store() {
      return current;
    },
    reopen: async () => {
      await current.close();
      current = createSqliteStore({ file });
      return current;
    },
    cleanup: async () => {
      await current.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
