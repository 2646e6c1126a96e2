// The result's task map, backed by arrays: building a real Map of 10,000 records took longer than
// rescheduling after a drag, so an update copies an array of records and shares the id → position
// lookup, which only changes with the schedule's structure. Reads like any ReadonlyMap, in the same
// order as before: leaf tasks in input order, then summaries in input order.
import type { ScheduledTask } from './schedule-types';

export class ScheduledTaskMap implements ReadonlyMap<string, ScheduledTask> {
  readonly #positions: ReadonlyMap<string, number>;
  readonly #order: Int32Array;
  readonly #records: readonly (ScheduledTask | undefined)[];

  /** `order`: the task positions that have a record, in iteration order; `positions`: id → task position. */
  constructor(positions: ReadonlyMap<string, number>, order: Int32Array, records: readonly (ScheduledTask | undefined)[]) {
    this.#positions = positions;
    this.#order = order;
    this.#records = records;
  }

  get size(): number {
    return this.#order.length;
  }

  get(id: string): ScheduledTask | undefined {
    const at = this.#positions.get(id);
    return at === undefined ? undefined : this.#records[at];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(callback: (value: ScheduledTask, key: string, map: ReadonlyMap<string, ScheduledTask>) => void, thisArg?: unknown): void {
    for (const record of this.values()) callback.call(thisArg, record, record.id, this);
  }

  *values(): MapIterator<ScheduledTask> {
    for (const at of this.#order) {
      const record = this.#records[at];
      if (record !== undefined) yield record;
    }
  }

  *keys(): MapIterator<string> {
    for (const record of this.values()) yield record.id;
  }

  *entries(): MapIterator<[string, ScheduledTask]> {
    for (const record of this.values()) yield [record.id, record];
  }

  [Symbol.iterator](): MapIterator<[string, ScheduledTask]> {
    return this.entries();
  }
}
