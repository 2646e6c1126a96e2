// The shared e2e lifecycle itself: a block's own setup finds the relay and the browser running, a read
// before they started says so, and a browser that cannot launch leaves no relay process behind.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRelayAndBrowser, useRelayAndBrowser } from './lifecycle';

function errorOf(read: () => unknown): unknown {
  try {
    read();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** This test process's children that run the relay (tsx server/main.ts), as `ps` lists them. */
function relayChildren(): string[] {
  const listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return listing.split('\n').filter((line) => line.includes('server/main.ts'));
}

describe('useRelayAndBrowser', () => {
  const e2e = useRelayAndBrowser();
  const readTooEarly = errorOf(() => e2e.relay);
  let relayUrlInSetup = '';

  beforeAll(() => {
    relayUrlInSetup = e2e.relay.baseUrl;
  });

  it('a read in the describe body, before its beforeAll ran, throws an error that says so', () => {
    expect(readTooEarly).toBeInstanceOf(Error);
    expect(String(readTooEarly)).toContain('relay read before its beforeAll started it');
  });

  it("the block's own beforeAll, registered after it, finds the relay and the browser running", async () => {
    expect(relayUrlInSetup).toBe(e2e.relay.baseUrl);
    expect((await fetch(`${e2e.relay.baseUrl}/`)).status).toBe(200);
    expect(e2e.browser.isConnected()).toBe(true);
  });
});

describe('startRelayAndBrowser', () => {
  it('stops the relay it started when the browser cannot launch', async () => {
    const chromiumPath = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await expect(startRelayAndBrowser()).rejects.toThrow();
    } finally {
      if (chromiumPath === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = chromiumPath;
    }
    const leftBehind = relayChildren();
    // a relay left running is stopped here, so that a failing run leaves no process either
    for (const line of leftBehind) process.kill(Number.parseInt(line.trim(), 10), 'SIGTERM');
    expect(leftBehind).toEqual([]);
  });
});
