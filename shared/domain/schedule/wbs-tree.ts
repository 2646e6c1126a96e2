// The WBS hierarchy: which tasks are summaries and which leaves each summary holds. A parent that
// is missing, or a circle of parents (two devices re-parenting at once), makes the task a root.
import type { ScheduleTask } from './schedule-types';

export interface WbsTree {
  readonly parentOf: ReadonlyMap<string, string | null>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  isSummary(id: string): boolean;
  /** Leaf tasks under a summary, any depth. */
  leavesOf(id: string): string[];
}

export function buildWbsTree(tasks: readonly ScheduleTask[]): WbsTree {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const parentOf = new Map<string, string | null>();
  for (const task of tasks) {
    const parent = task.parentId !== null && byId.has(task.parentId) && !isInParentCycle(task.id, byId) ? task.parentId : null;
    parentOf.set(task.id, parent);
  }
  const childrenOf = new Map<string, string[]>();
  for (const [id, parent] of parentOf) {
    if (parent === null) continue;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(id);
    childrenOf.set(parent, siblings);
  }
  const leaves = new Map<string, string[]>();
  const leavesOf = (id: string): string[] => {
    const known = leaves.get(id);
    if (known) return known;
    const children = childrenOf.get(id) ?? [];
    const found = children.length === 0 ? [id] : children.flatMap(leavesOf);
    leaves.set(id, found);
    return found;
  };
  return { parentOf, childrenOf, isSummary: (id) => (childrenOf.get(id)?.length ?? 0) > 0, leavesOf };
}

/** True when walking up the parents from `id` comes back to `id`; tasks hanging below a circle keep their parent. */
function isInParentCycle(id: string, byId: ReadonlyMap<string, ScheduleTask>): boolean {
  const seen = new Set<string>();
  let parent = byId.get(id)?.parentId ?? null;
  while (parent !== null && byId.has(parent) && !seen.has(parent)) {
    if (parent === id) return true;
    seen.add(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return false;
}
