import { describe, expect, it } from 'vitest';
import { makeImportFileOpener } from './import-file-opener';
import { MAX_IMPORT_BYTES } from './import-limits';

/** What the opener does with a worker before it hands it a file: start it, watch for a failed start, end it. */
class StartedWorker extends EventTarget {
  onerror: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  terminate(): void { this.terminated = true; }
  postMessage(message: unknown): void { this.posted.push(message); }
}

function starter() {
  const started: StartedWorker[] = [];
  const start = (): Worker => {
    const worker = new StartedWorker();
    started.push(worker);
    // the opener uses only what StartedWorker has; Worker itself does not exist outside a browser
    return worker as unknown as Worker;
  };
  return { started, start };
}

describe('the import file opener', () => {
  it('starts a worker before any file is chosen and hands that one the first file', () => {
    const { started, start } = starter();
    const opener = makeImportFileOpener(start);
    expect(started).toHaveLength(1);
    void opener.open(new Blob(['a,b\n1,2']));
    expect(started).toHaveLength(1);
  });

  it('starts the next worker only when the person reaches for the picker again, and only one', () => {
    const { started, start } = starter();
    const opener = makeImportFileOpener(start);
    void opener.open(new Blob(['a']));
    expect(started).toHaveLength(1);
    opener.prepare();
    opener.prepare();
    expect(started).toHaveLength(2);
    void opener.open(new Blob(['b']));
    expect(started).toHaveLength(2);
  });

  it('gives a file a new worker when the spare failed to start', () => {
    const { started, start } = starter();
    const opener = makeImportFileOpener(start);
    started[0]?.onerror?.(new Event('error'));
    expect(started[0]?.terminated).toBe(true);
    void opener.open(new Blob(['a']));
    expect(started).toHaveLength(2);
  });

  it('refuses a file over the size limit and ends its worker; dispose ends the spare', async () => {
    const { started, start } = starter();
    const opener = makeImportFileOpener(start);
    const result = await opener.open(new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]));
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(started[0]?.terminated).toBe(true);
    opener.prepare();
    opener.dispose();
    expect(started[1]?.terminated).toBe(true);
    opener.prepare();
    expect(started).toHaveLength(2);
  });
});
