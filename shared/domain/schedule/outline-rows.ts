// The rows of the WBS table and the timeline, top to bottom: a depth-first walk of the outline
// (siblings by outline rank, then id), skipping what sits under a collapsed summary. A task whose
// parent is missing or part of a circle of parents shows at the top level, as the engine treats it.
import { compareRanks, type Rank } from '../../rank';

export interface OutlineItem {
  readonly id: string;
  readonly parentId: string | null;
  readonly outlineRank: Rank;
}

export interface OutlineRow {
  readonly id: string;
  readonly depth: number;
  readonly hasChildren: boolean;
}

export function outlineRows(items: readonly OutlineItem[], collapsed: ReadonlySet<string>): OutlineRow[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const inCircle = circleMembers(items, byId);
  const children = new Map<string | null, OutlineItem[]>();
  for (const item of items) {
    const parent = item.parentId !== null && byId.has(item.parentId) && !inCircle.has(item.id) ? item.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(item);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => compareRanks(a.outlineRank, b.outlineRank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: OutlineRow[] = [];
  // an explicit stack: a 10,000-deep outline must not overflow the call stack
  const stack: { item: OutlineItem; depth: number }[] = [...(children.get(null) ?? [])].reverse().map((item) => ({ item, depth: 0 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { item, depth } = next;
    const below = children.get(item.id) ?? [];
    rows.push({ id: item.id, depth, hasChildren: below.length > 0 });
    if (collapsed.has(item.id)) continue;
    for (const child of [...below].reverse()) stack.push({ item: child, depth: depth + 1 });
  }
  return rows;
}

/** Tasks on a circle of parents; each task is walked over once, so a deep outline stays linear. */
function circleMembers(items: readonly OutlineItem[], byId: ReadonlyMap<string, OutlineItem>): Set<string> {
  const done = new Set<string>();
  const members = new Set<string>();
  for (const item of items) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null = item.id;
    while (at !== null && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = byId.get(at)?.parentId ?? null;
    }
    if (at !== null && onPath.has(at)) for (const id of path.slice(onPath.get(at))) members.add(id);
    for (const id of path) done.add(id);
  }
  return members;
}
