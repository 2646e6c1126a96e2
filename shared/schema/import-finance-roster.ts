// Adding the people a labour sheet names to the workspace's worker roster, when the person importing
// confirms it: all of them in one transaction (one undo step in the workspace room) or none, and a
// name that is on the roster by now (a teammate added it meanwhile) is not added twice.
import * as Y from 'yjs';
import type { WorkerId } from '../domain/finance/finance-ids';
import { normaliseName } from '../domain/import/match-members';
import type { NewWorker } from '../domain/import/unknown-workers';
import { addWorker, type WorkerFailure } from './worker-commands';
import { readWorkers } from './worker-read';

export type RosterAddResult =
  | { readonly ok: true; readonly added: readonly WorkerId[] }
  | { readonly ok: false; readonly name: string; readonly reason: WorkerFailure };

export function addWorkersFromImport(doc: Y.Doc, workers: readonly NewWorker[], now: number, origin: unknown): RosterAddResult {
  const onRoster = new Set(readWorkers(doc).map((worker) => normaliseName(worker.name)));
  const fresh = workers.filter((worker) => !onRoster.has(normaliseName(worker.name)));
  const write = (target: Y.Doc, by: unknown): RosterAddResult => {
    const added: WorkerId[] = [];
    for (const worker of fresh) {
      const result = addWorker(target, { name: worker.name, team: worker.team, trade: worker.trade, defaultDayRate: worker.defaultDayRate, phone: '' }, now, by);
      if (!result.ok) return { ok: false, name: worker.name, reason: result.reason };
      added.push(result.value);
    }
    return { ok: true, added };
  };
  // A dry run on a copy first, so a name the roster refuses (too long) adds nobody.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const trial = write(copy, null);
  if (!trial.ok) return trial;
  let result: RosterAddResult = trial;
  doc.transact(() => { result = write(doc, origin); }, origin);
  return result;
}
