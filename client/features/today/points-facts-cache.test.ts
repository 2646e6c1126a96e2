import { describe, expect, it } from 'vitest';
import type { LabourSignFact } from '../../../shared/domain/points';
import type { UserId, WorkspaceId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { fetchPointsFacts, loadPointsFacts, pointsFactsStorageKey, savePointsFacts } from './points-facts-cache';

const WS = 'ws_Points0000001' as WorkspaceId;
const FLAG = { key: 'user_Owner000001:2026-03-02', at: 1_000, reason: 'not-own' } as const;
const FACT: LabourSignFact = { recordId: 'lab_First0000001', day: '2026-03-02' as IsoDay, signedBy: 'user_Owner000001' as UserId, signedAt: 1_000 };

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('points facts kept on the device', () => {
  it('keeps what the relay said for the next offline open, and reads anything broken as no facts', () => {
    const storage = memoryStorage();
    expect(loadPointsFacts(storage, WS)).toEqual({ signOffs: [], flaggedCheckIns: [] });
    expect(savePointsFacts(storage, WS, { signOffs: [FACT], flaggedCheckIns: [] })).toBe(true);
    expect(loadPointsFacts(storage, WS)).toEqual({ signOffs: [FACT], flaggedCheckIns: [] });
    storage.items.set(pointsFactsStorageKey(WS), '{not json');
    expect(loadPointsFacts(storage, WS)).toEqual({ signOffs: [], flaggedCheckIns: [] });
    storage.items.set(pointsFactsStorageKey(WS), JSON.stringify({ signOffs: [{ ...FACT, signedAt: 'soon' }] }));
    expect(loadPointsFacts(storage, WS)).toEqual({ signOffs: [], flaggedCheckIns: [] });
    expect(loadPointsFacts(null, WS)).toEqual({ signOffs: [], flaggedCheckIns: [] });
    expect(savePointsFacts(null, WS, { signOffs: [], flaggedCheckIns: [] })).toBe(false);
  });

  it('asks the relay with the session and gives null on a refusal, a network failure or a bad body', async () => {
    const asked: { url: string; auth: string | null }[] = [];
    const answer = (status: number, body: unknown): typeof fetch => async (input, init) => {
      asked.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response(JSON.stringify(body), { status });
    };
    expect(await fetchPointsFacts(WS, 'tok', answer(200, { ok: true, signOffs: [FACT], flaggedCheckIns: [FLAG] }))).toEqual({ signOffs: [FACT], flaggedCheckIns: [FLAG] });
    expect(asked[0]).toEqual({ url: `/api/workspaces/${WS}/points-facts`, auth: 'Bearer tok' });
    expect(await fetchPointsFacts(WS, 'tok', answer(403, { ok: false, error: 'not-a-member' }))).toBeNull();
    expect(await fetchPointsFacts(WS, 'tok', answer(200, { ok: true }))).toBeNull();
    expect(await fetchPointsFacts(WS, 'tok', async () => { throw new TypeError('Failed to fetch'); })).toBeNull();
  });
});
