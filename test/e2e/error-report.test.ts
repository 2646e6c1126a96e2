// Client error reporting through the real relay: an uncaught error and an unhandled rejection in the
// signed-in app reach POST /api/telemetry as their kind and a short description (name + first line),
// and the relay accepts them; a rejected object's contents never leave the device.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { claimAs, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

function isTelemetry(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname === '/api/telemetry';
}

describe('client error reporting', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;

  beforeAll(async () => {
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
  });

  it('reports an uncaught error as its name and first line, and the relay accepts it', async () => {
    const response = owner.page.waitForResponse((candidate) => isTelemetry(candidate.request()));
    await owner.page.evaluate(() => {
      setTimeout(() => {
        throw new RangeError('index out of range\nsecond line with a task title');
      });
    });
    const answered = await response;
    expect(answered.status()).toBe(200);
    expect(answered.request().postDataJSON()).toEqual({ kind: 'uncaught-error', message: 'RangeError: index out of range' });
  });

  it('reports a rejected plain object by its type only', async () => {
    const response = owner.page.waitForResponse((candidate) => isTelemetry(candidate.request()));
    await owner.page.evaluate(() => {
      void Promise.reject({ title: 'Pour slab B', budget: 120_000 });
    });
    const answered = await response;
    expect(answered.status()).toBe(200);
    expect(answered.request().postDataJSON()).toEqual({ kind: 'unhandled-rejection', message: 'object' });
  });
});
