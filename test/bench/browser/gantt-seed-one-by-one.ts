// How long the schema's commands take to build a big schedule one write at a time in one document,
// as a person (or an import) does: per task addScheduleTask under its zone, updateTaskSchedule and
// a link to the task before it. `npx tsx test/bench/browser/gantt-seed-one-by-one.ts [--tasks 10000]`
// prints the time of each block of 1,000 tasks, so growth with the document's size shows.
import * as Y from 'yjs';
import type { IsoDay } from '../../../shared/iso-day';
import type { TaskId, UserId } from '../../../shared/ids';
import type { Result } from '../../../shared/result';
import { addScheduleTask, initProject, linkTasks, migrateDocument, updateTaskSchedule } from '../../../shared/schema';
import { loadAverage1m } from './machine';

const ORIGIN = 'seed-one-by-one';
const GROUP_SIZE = 50;
const BLOCK = 1_000;
const ME = 'bench-user-000001' as UserId;

function check<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`seeding failed: ${result.reason}`);
  return result.value;
}

function main(): void {
  const at = process.argv.indexOf('--tasks');
  const total = at === -1 ? 10_000 : Number(process.argv[at + 1]);
  const doc = new Y.Doc();
  migrateDocument(doc, ORIGIN);
  initProject(doc, ['To do', 'Doing', 'Done'], ORIGIN);
  const blocks: number[] = [];
  const spent = { addScheduleTask: 0, updateTaskSchedule: 0, linkTasks: 0 };
  const timed = <T>(command: keyof typeof spent, run: () => T): T => {
    const from = performance.now();
    const value = run();
    spent[command] += performance.now() - from;
    return value;
  };
  let zone: TaskId | null = null;
  let previous: TaskId | null = null;
  let blockStarted = performance.now();
  const started = blockStarted;
  for (let made = 0; made < total; made++) {
    if (made % (GROUP_SIZE + 1) === 0) {
      const after = zone;
      const newZone: TaskId = check(timed('addScheduleTask', () => addScheduleTask(doc, { title: `Zone ${made}`, parentId: null, after, createdBy: ME, now: made }, ORIGIN)));
      zone = newZone;
      previous = null;
    } else {
      const [parentId, after] = [zone, previous];
      const id: TaskId = check(timed('addScheduleTask', () => addScheduleTask(doc, { title: `Task ${made}`, parentId, after, duration: 1 + (made % 15), createdBy: ME, now: made }, ORIGIN)));
      check(timed('updateTaskSchedule', () => updateTaskSchedule(doc, id, { constraint: { kind: 'start-no-earlier-than', day: '2026-03-02' as IsoDay }, percentComplete: 50 }, made, ORIGIN)));
      if (after !== null) check(timed('linkTasks', () => linkTasks(doc, { from: after, to: id, type: 'FS', lag: 0 }, made, ORIGIN)));
      previous = id;
    }
    if ((made + 1) % BLOCK === 0) {
      const now = performance.now();
      blocks.push(Math.round(now - blockStarted));
      blockStarted = now;
    }
  }
  const totalMs = Math.round(performance.now() - started);
  const msByCommand = Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, Math.round(ms)]));
  console.log(JSON.stringify({ tasks: total, totalMs, msByCommand, msPerBlockOf1000: blocks, loadAverage1m: loadAverage1m(), node: process.version }));
}

main();
