// The documents the Gantt benchmark opens: a workspace and one project holding a schedule of N tasks
// over about three years — summaries of 50 tasks each, every task with a start-no-earlier-than day
// spread over the span, durations 1–15 working days, a finish-to-start chain inside each summary and
// a link from an earlier task of the zone every fifth task — written through shared/schema's commands, encoded as one update.
import * as Y from 'yjs';
import { addDays } from '../../../shared/domain/calendar/day-number';
import { newId, type TaskId, type UserId, type WorkspaceId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { Result } from '../../../shared/result';
import { addProject, addScheduleTask, initProject, linkTasks, migrateDocument, renameWorkspace, updateTaskSchedule, upsertMember } from '../../../shared/schema';
import { makeRandom } from '../../support/seeded-random';
import type { SeededProject } from './seed-docs';

export interface ScheduleShape {
  readonly tasks: number;
  readonly spanDays: number;
  readonly seed: number;
}

const ORIGIN = 'gantt-bench-seed';
const NOW = 1_760_000_000_000;
const GROUP_SIZE = 50;
const FIRST_DAY = '2026-01-05' as IsoDay;

export function seedSchedule(shape: ScheduleShape): SeededProject {
  const rng = makeRandom(shape.seed);
  const random = (): number => rng.next();
  const me = { id: newId<'user'>() as UserId, name: 'Bench Planner', color: '#1d4ed8' };
  const workspace = new Y.Doc();
  migrateDocument(workspace, ORIGIN);
  check(renameWorkspace(workspace, 'Harbour works', NOW, ORIGIN));
  check(upsertMember(workspace, { ...me, now: NOW }, ORIGIN));
  const projectId = check(addProject(workspace, { name: `Schedule ${shape.tasks} tasks`, createdBy: me.id, now: NOW }, ORIGIN));
  const workspaceId: WorkspaceId = newId<'workspace'>();

  // The commands read the project to rank and check each write, which is quadratic over one document
  // of 10,000 tasks. Each zone never depends on another, so (as seed-docs.ts does per column) each is
  // written in its own replica of the base holding the zones, and the replicas are merged.
  const base = new Y.Doc();
  migrateDocument(base, ORIGIN);
  initProject(base, ['To do', 'Doing', 'Done'], ORIGIN);
  const zones: TaskId[] = [];
  for (let zone = 0; zone * (GROUP_SIZE + 1) < shape.tasks; zone++) {
    zones.push(check(addScheduleTask(base, { title: `Zone ${zone + 1}`, parentId: null, after: zones.at(-1) ?? null, createdBy: me.id, now: NOW }, ORIGIN)));
  }
  const baseUpdate = Y.encodeStateAsUpdate(base);
  const baseVector = Y.encodeStateVector(base);
  let made = zones.length;
  const perZone = zones.map((zone) => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, baseUpdate);
    const leaves: TaskId[] = [];
    for (let at = 0; at < GROUP_SIZE && made < shape.tasks; at++, made++) {
      const day = addDays(FIRST_DAY, Math.floor(random() * (shape.spanDays - 30)));
      const duration = 1 + Math.floor(random() * 15);
      const previous = leaves.at(-1) ?? null;
      const id: TaskId = check(addScheduleTask(replica, { title: `Task ${made}`, parentId: zone, after: previous, start: day, duration, createdBy: me.id, now: NOW + made }, ORIGIN));
      check(updateTaskSchedule(replica, id, { constraint: { kind: 'start-no-earlier-than', day }, percentComplete: Math.floor(random() * 3) * 50 }, NOW + made, ORIGIN));
      // a refused link (a duplicate) is simply not made
      if (previous !== null && random() < 0.6) linkTasks(replica, { from: previous, to: id, type: 'FS', lag: 0 }, NOW + made, ORIGIN);
      if (leaves.length > 5 && made % 5 === 0) linkTasks(replica, { from: leaves[Math.floor(random() * (leaves.length - 1))] as TaskId, to: id, type: 'FS', lag: 0 }, NOW + made, ORIGIN);
      leaves.push(id);
    }
    return Y.encodeStateAsUpdate(replica, baseVector);
  });
  const projectUpdate = Y.mergeUpdates([baseUpdate, ...perZone]);
  return { workspaceId, projectId, columnIds: [], workspaceUpdate: Y.encodeStateAsUpdate(workspace), projectUpdate, me };
}

function check<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`seeding the Gantt benchmark failed: ${String(result.reason)}`);
  return result.value;
}
