// Validating readers for the workspace's worker roster (`workers` root of `ws.<workspaceId>`).
import type * as Y from 'yjs';
import type { Worker } from '../domain/finance/worker';
import { isId } from '../ids';
import { ZERO_FEN } from '../money';
import { isRecordMap, readBoolean, readString } from './fields';
import { readFen, readOrSkip } from './finance-fields';
import { MAX_NAME_LENGTH } from './limits';
import { workspaceRoots } from './workspace-roots';

export const MAX_PHONE_LENGTH = 40;

/** Every worker, inactive ones included (old records still name them), by name. */
export function readWorkers(doc: Y.Doc): Worker[] {
  const workers: Worker[] = [];
  workspaceRoots(doc).workers.forEach((value, id) => {
    const worker = readWorker(id, value);
    if (worker) workers.push(worker);
  });
  return workers.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : 1));
}

export function readWorker(id: string, value: unknown): Worker | null {
  if (!isId<'worker'>(id) || !isRecordMap(value)) return null;
  return readOrSkip(() => ({
    id,
    name: readString(value, 'name', '', MAX_NAME_LENGTH),
    team: readString(value, 'team', '', MAX_NAME_LENGTH),
    trade: readString(value, 'trade', '', MAX_NAME_LENGTH),
    defaultDayRate: readFen(value, 'defaultDayRate', ZERO_FEN, 0),
    phone: readString(value, 'phone', '', MAX_PHONE_LENGTH),
    active: readBoolean(value, 'active', true),
  }));
}
