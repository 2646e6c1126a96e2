// A person whose connection drops and comes back (a phone on site losing signal) shows again for the
// others at once. The relay removed their presence when the old connection closed, raising its clock;
// the stock y-websocket client comes back announcing the clock it had, which the relay and the others
// take as stale. Without an answer it stayed invisible until its second 15 s renewal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { createHarness, freshRoom } from './relay-harness';
import type { Harness } from './relay-harness';
import { waitFor } from './wait-for';

/** Far below the 15 s renewal of y-protocols' awareness, which would otherwise make it show. */
const BACK_WITHIN_MS = 3_000;

describe('relay: presence after a reconnect', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  // disconnect() says goodbye first (its state null at its clock); a lost connection doesn't, and the
  // relay's removal raises the clock once more: both came back stale
  const ways = [
    { how: 'after it disconnected and connected again', leave: (provider: WebsocketProvider) => provider.disconnect(), comeBack: (provider: WebsocketProvider) => provider.connect() },
    { how: 'after its socket was cut and the provider reconnected by itself', leave: (provider: WebsocketProvider) => provider.ws?.close(), comeBack: () => undefined },
  ];
  for (const { how, leave, comeBack } of ways) {
    it(`shows a client to the others at once ${how}, with its state`, async () => {
      const relay = await harness.start();
      const room = freshRoom();
      const phone = harness.connect(relay, room);
      phone.provider.awareness.setLocalStateField('user', { name: 'Bo Li' });
      const laptop = harness.connect(relay, room);
      const phoneId = phone.provider.awareness.clientID;
      const seenByLaptop = (): unknown => laptop.provider.awareness.getStates().get(phoneId);
      await waitFor(() => seenByLaptop() !== undefined, 'the laptop sees the phone');
      const clockBefore = phone.provider.awareness.meta.get(phoneId)?.clock ?? 0;

      const left = Date.now();
      leave(phone.provider);
      await waitFor(() => seenByLaptop() === undefined, 'the laptop sees the phone leave');
      comeBack(phone.provider);
      await waitFor(() => seenByLaptop() !== undefined, 'the laptop sees the phone again', BACK_WITHIN_MS);
      const tookMs = Date.now() - left;

      expect(seenByLaptop()).toEqual({ user: { name: 'Bo Li' } });
      // the phone raised its own clock past the relay's removal (y-protocols keeps a local state a remote removes)
      expect(phone.provider.awareness.meta.get(phoneId)?.clock).toBeGreaterThan(clockBefore);
      // and someone who joins now is greeted with it
      const late = harness.connect(relay, room);
      await waitFor(() => late.provider.awareness.getStates().has(phoneId), 'a newcomer sees the phone');
      expect(tookMs).toBeLessThan(BACK_WITHIN_MS);
    });
  }

  it('answers a stale state of someone still present with nothing: their presence stands', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const one = harness.connect(relay, room);
    one.provider.awareness.setLocalStateField('user', { name: 'Ann Wang' });
    const other = harness.connect(relay, room);
    const id = one.provider.awareness.clientID;
    await waitFor(() => other.provider.awareness.getStates().has(id), 'the other sees Ann');
    const clock = one.provider.awareness.meta.get(id)?.clock;
    // the other client echoes what it applied, as every stock client does; Ann's clock must not move
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(one.provider.awareness.meta.get(id)?.clock).toBe(clock);
    expect(other.provider.awareness.getStates().get(id)).toEqual({ user: { name: 'Ann Wang' } });
  });
});
