// A project task as a finance sheet can name it: by WBS code (1.2.3) or by its name. Labour and cost
// rows both use it to tie a record to a task; a name that matches nothing is reported, never guessed.
import { normaliseWidth } from './cell-parse';
import { normaliseName } from './match-members';

export interface TaskRef {
  readonly id: string;
  readonly wbs: string;
  readonly name: string;
}

/** WBS code first (exact), then the task's name ignoring case, spaces and full-width letters. */
export function makeTaskMatcher(tasks: readonly TaskRef[]): (text: string) => string | null {
  const byWbs = new Map(tasks.filter((task) => task.wbs !== '').map((task) => [normaliseWidth(task.wbs).trim(), task.id] as const));
  const byName = new Map(tasks.map((task) => [normaliseName(task.name), task.id] as const));
  return (text) => byWbs.get(normaliseWidth(text).trim()) ?? byName.get(normaliseName(text)) ?? null;
}
