// Group commit for one room: updates applied in the same tick go to the store in one
// transaction, and whatever must wait for durability (broadcast, ack, sync step 2) runs only
// after the batch holding its update resolved, in the order it was queued.
import type { LogEntry } from '../store/doc-store';

export type Outcome = 'durable' | 'failed';
export type AfterCommit = (outcome: Outcome) => void;

export interface CommitQueue {
  /** Queues an entry for the next batch; `after` runs once it is stored (or the store failed). */
  enqueue(entry: LogEntry, after: AfterCommit): void;
  /** Runs `after` once everything queued so far is durable; at once when nothing is pending. */
  whenDurable(after: AfterCommit): void;
  /** Resolves when everything queued so far is durable; rejects if the store failed. */
  flush(): Promise<void>;
  /** Sequence number of the last stored entry. */
  lastDurableSeq(): number;
  /** True when nothing is queued or being written. */
  isIdle(): boolean;
}

export interface CommitQueueOptions {
  readonly append: (entries: readonly LogEntry[]) => Promise<number>;
  readonly initialSeq: number;
  /** Called after every stored batch with its size. */
  readonly onStored: (entries: number, bytes: number) => void;
  /** Called once when the store fails; the queue refuses everything afterwards. */
  readonly onFailure: (error: unknown) => void;
  /** A callback threw: reported, never allowed to break the queue or reject into the void. */
  readonly onCallbackError: (error: unknown) => void;
}

interface Batch {
  readonly entries: LogEntry[];
  readonly after: AfterCommit[];
}

export function createCommitQueue(options: CommitQueueOptions): CommitQueue {
  let open: Batch | null = null;
  let inFlight: Batch | null = null;
  let scheduled = false;
  let failed = false;
  let lastSeq = options.initialSeq;

  const settle = (batch: Batch, outcome: Outcome): void => {
    for (const after of batch.after) {
      try {
        after(outcome);
      } catch (error) {
        options.onCallbackError(error);
      }
    }
  };
  const schedule = (): void => {
    if (scheduled || inFlight !== null) return;
    scheduled = true;
    // setImmediate lets every frame already read from the sockets join this batch
    setImmediate(drain);
  };
  const drain = (): void => {
    scheduled = false;
    if (inFlight !== null || open === null) return;
    const batch = open;
    open = null;
    inFlight = batch;
    options.append(batch.entries).then(
      (seq) => {
        lastSeq = seq;
        inFlight = null;
        options.onStored(batch.entries.length, batch.entries.reduce((sum, e) => sum + e.update.byteLength, 0));
        settle(batch, 'durable');
        if (open !== null) schedule();
      },
      (error: unknown) => {
        failed = true;
        inFlight = null;
        settle(batch, 'failed');
        if (open !== null) settle(open, 'failed');
        open = null;
        options.onFailure(error);
      },
    );
  };

  const whenDurable = (after: AfterCommit): void => {
    if (failed) after('failed');
    else if (open !== null) open.after.push(after);
    else if (inFlight !== null) inFlight.after.push(after);
    else after('durable');
  };

  return {
    enqueue(entry, after) {
      if (failed) return after('failed');
      open ??= { entries: [], after: [] };
      open.entries.push(entry);
      open.after.push(after);
      schedule();
    },
    whenDurable,
    flush: () =>
      new Promise<void>((resolve, reject) =>
        whenDurable((outcome) => (outcome === 'durable' ? resolve() : reject(new Error('store append failed')))),
      ),
    lastDurableSeq: () => lastSeq,
    isIdle: () => open === null && inFlight === null,
  };
}
