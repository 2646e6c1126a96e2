import { createMemoryStore } from './memory-store';
import { describeDocStoreContract } from './store-contract';

describeDocStoreContract('memory', async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
});
