// The lifecycle most e2e files share: one real relay process and one Chromium for a describe block,
// started before its first hook or test and gone after its last. The browser closes before the relay
// stops, so no page sees its relay vanish; a relay whose browser failed to launch is stopped at once.
// A page that read a Yjs type before it was in a document fails the block at its end.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, takeYjsMisuse } from './browser';
import { startRelayProcess, type RelayProcess, type RelayProcessOptions } from './relay-process';

export interface RelayAndBrowser {
  readonly relay: RelayProcess;
  readonly browser: Browser;
}

/** Starts a relay, then a browser; if the browser cannot launch, the relay is stopped before the error goes on. */
export async function startRelayAndBrowser(options?: RelayProcessOptions): Promise<RelayAndBrowser> {
  const relay = await startRelayProcess(options);
  try {
    return { relay, browser: await launchBrowser() };
  } catch (error) {
    await relay.stop();
    throw error;
  }
}

/**
 * Registers beforeAll/afterAll in the calling describe block. Register it before the block's own
 * beforeAll: vitest runs beforeAll hooks in order (and afterAll hooks in reverse), so the block's
 * setup finds both running. Read `relay` and `browser` in hooks and tests, not in the describe body.
 */
export function useRelayAndBrowser(options?: RelayProcessOptions): RelayAndBrowser {
  let started: RelayAndBrowser | undefined;
  beforeAll(async () => {
    started = await startRelayAndBrowser(options);
  });
  afterAll(async () => {
    if (started === undefined) return;
    try {
      await started.browser.close();
    } finally {
      await started.relay.stop();
    }
    // the unit tests fail on this Yjs warning too (test/setup/yjs-premature-access.ts); here a page logged it
    const misuse = takeYjsMisuse();
    if (misuse.length > 0) throw new Error(`a page read a Yjs type before it was in a document (Yjs "Invalid access"): ${misuse.join(', ')}`);
  });
  const running = (what: string): RelayAndBrowser => {
    if (started === undefined) throw new Error(`useRelayAndBrowser: ${what} read before its beforeAll started it (read it in a hook or a test, not in the describe body), or the start failed`);
    return started;
  };
  return {
    get relay() {
      return running('relay').relay;
    },
    get browser() {
      return running('browser').browser;
    },
  };
}
