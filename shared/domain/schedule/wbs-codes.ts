// WBS codes (1, 1.2, 1.2.3) are derived from the outline, never stored: stored codes would clash
// the moment two people indent or reorder offline. Siblings are ordered by outline rank, then id.
// A parent that is missing, or a loop of parents (two concurrent re-parentings can make one: each
// member becomes top level), makes the task a top-level item, so every task gets exactly one code.
import { compareRanks } from '../../rank';

export interface OutlineItem {
  readonly id: string;
  readonly parentId: string | null;
  readonly outlineRank: string;
}

export function wbsCodes<Id extends string>(items: readonly (OutlineItem & { readonly id: Id })[]): ReadonlyMap<Id, string> {
  const children = outlineChildren(items);
  const codes = new Map<Id, string>();
  const stack: { readonly id: Id; readonly code: string }[] = [];
  const pushChildren = (parent: Id | null, prefix: string): void => {
    const kids = children.get(parent) ?? [];
    for (let index = kids.length - 1; index >= 0; index--) {
      stack.push({ id: kids[index]!.id, code: prefix === '' ? String(index + 1) : `${prefix}.${index + 1}` });
    }
  };
  pushChildren(null, '');
  while (stack.length > 0) {
    const { id, code } = stack.pop()!;
    codes.set(id, code);
    pushChildren(id, code);
  }
  return codes;
}

/** Children per parent (null = top level), each list in outline order, with broken parents made top level. */
export function outlineChildren<T extends OutlineItem>(items: readonly T[]): Map<T['id'] | null, T[]> {
  const byId = new Map<string, T>(items.map((item) => [item.id, item]));
  const effectiveParent = new Map<string, string | null>();
  for (const item of items) effectiveParent.set(item.id, hasUsableParent(item, byId) ? item.parentId : null);
  const children = new Map<T['id'] | null, T[]>();
  for (const item of items) {
    const parent = effectiveParent.get(item.id) ?? null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => compareRanks(a.outlineRank, b.outlineRank) || compareRanks(a.id, b.id));
  return children;
}

/** A parent is usable when it exists and the task is not on a loop of parents (then the loop is cut at every member). */
function hasUsableParent(item: OutlineItem, byId: ReadonlyMap<string, OutlineItem>): boolean {
  if (item.parentId === null || !byId.has(item.parentId)) return false;
  const seen = new Set<string>();
  let parent: string | null = item.parentId;
  while (parent !== null && !seen.has(parent)) {
    if (parent === item.id) return false;
    seen.add(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return true;
}
