import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../../shared/ids';
import { loadCreatedWorkspaces, markWorkspaceCreated } from './created-workspaces';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('created workspaces', () => {
  it('remembers each workspace created here once', () => {
    const storage = memoryStorage();
    const id = 'Ws_abcdefgh1234' as WorkspaceId;
    markWorkspaceCreated(storage, id);
    markWorkspaceCreated(storage, id);
    expect([...loadCreatedWorkspaces(storage)]).toEqual([id]);
  });
  it('ignores stored garbage and malformed ids', () => {
    const storage = memoryStorage();
    storage.setItem('sitebeam.createdWorkspaces', '{');
    expect(loadCreatedWorkspaces(storage).size).toBe(0);
    storage.setItem('sitebeam.createdWorkspaces', JSON.stringify(['bad id', 'Ws_abcdefgh1234', 7]));
    expect([...loadCreatedWorkspaces(storage)]).toEqual(['Ws_abcdefgh1234']);
  });
});
