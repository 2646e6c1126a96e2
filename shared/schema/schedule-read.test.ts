import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTask } from './project-read';
import { readBaseline, readLink } from './schedule-read';

const TASK = 'task_AAAAAAAAAAA';
const OTHER = 'task_BBBBBBBBBBB';
const LINK = 'link_CCCCCCCCCCC';
const BASELINE = 'base_DDDDDDDDDDD';

function record(fields: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc();
  const map = new Y.Map<unknown>();
  doc.getMap('records').set('r', map);
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe('schedule readers', () => {
  it('gives a task from before the Gantt its schedule defaults, keeping its board order as outline order', () => {
    const task = readTask(TASK, record({ title: 'Pour slab', rank: 'a5' }));
    expect(task).toMatchObject({
      parentId: null, outlineRank: 'a5', start: null, duration: 1, percentComplete: 0, scheduleMode: 'auto', constraint: null, importKey: null,
    });
  });

  it('clamps and rounds numbers, and drops a parent that is the task itself or not an id', () => {
    expect(readTask(TASK, record({ duration: 99_999, percentComplete: 140.6, parentId: TASK }))).toMatchObject({ duration: 3650, percentComplete: 100, parentId: null });
    expect(readTask(TASK, record({ duration: -3, percentComplete: 'half', parentId: 'not an id!' }))).toMatchObject({ duration: 0, percentComplete: 0, parentId: null });
    expect(readTask(TASK, record({ duration: 2.6, start: '2026-02-30', scheduleMode: 'sometimes' }))).toMatchObject({ duration: 3, start: null, scheduleMode: 'auto' });
  });

  it('reads constraints only when both kind and day are valid', () => {
    expect(readTask(TASK, record({ constraint: { kind: 'finish-no-later-than', day: '2026-05-01' } }))?.constraint).toEqual({ kind: 'finish-no-later-than', day: '2026-05-01' });
    expect(readTask(TASK, record({ constraint: { kind: 'must-start-on', day: '2026-05-01' } }))?.constraint).toBeNull();
    expect(readTask(TASK, record({ constraint: { kind: 'start-no-earlier-than', day: 5 } }))?.constraint).toBeNull();
  });

  it('reads links, defaulting the type and lag, and skips links without two different tasks', () => {
    expect(readLink(LINK, record({ from: TASK, to: OTHER, type: 'XX', lag: 'soon' }))).toEqual({ id: LINK, from: TASK, to: OTHER, type: 'FS', lag: 0, createdAt: 0 });
    expect(readLink(LINK, record({ from: TASK, to: OTHER, type: 'SF', lag: -2 }))).toMatchObject({ type: 'SF', lag: -2 });
    expect(readLink(LINK, record({ from: TASK, to: TASK }))).toBeNull();
    expect(readLink(LINK, record({ from: TASK }))).toBeNull();
    expect(readLink('bad id!', record({ from: TASK, to: OTHER }))).toBeNull();
  });

  it('reads baselines as plain values, skipping malformed task entries', () => {
    const baseline = readBaseline(BASELINE, {
      name: 'Contract', savedAt: 5, savedBy: 'user_Alice000001',
      tasks: {
        [TASK]: { start: '2026-03-02', finish: '2026-03-06', duration: 5 },
        [OTHER]: { start: '2026-03-09', finish: '2026-03-02', duration: 1 },
        'bad id!': { start: '2026-03-02', finish: '2026-03-02', duration: 1 },
      },
    });
    expect(baseline).toEqual({ id: BASELINE, name: 'Contract', savedAt: 5, savedBy: 'user_Alice000001', tasks: { [TASK]: { start: '2026-03-02', finish: '2026-03-06', duration: 5 } } });
    expect(readBaseline(BASELINE, { name: 'no tasks' })).toBeNull();
    expect(readBaseline(BASELINE, 'text')).toBeNull();
  });
});
