// A realistic project document written through the shared schema commands (the app's only
// writers), so rooms hold what the app would store: columns and tasks as nested Y.Maps with a
// description Y.Text, tags, assignees, due date and priority. Text comes from a seeded generator
// so every run and every relay gets the same bytes.
import type * as Y from 'yjs';
import { newId, type ColumnId, type UserId } from '../../shared/ids';
import { parseIsoDay } from '../../shared/iso-day';
import { addTask, initProject, PRIORITIES, readColumns, updateTask } from '../../shared/schema';
import { makeRandom } from '../support/seeded-random';

export interface ProjectShape {
  readonly tasks: number;
  /** Characters of description per task. */
  readonly descriptionChars: number;
  readonly seed: number;
}

const ORIGIN = 'bench-seed';
const COLUMN_TITLES = ['Backlog', 'This week', 'On site', 'Inspection', 'Done'] as const;
const WORDS = ['rebar', 'formwork', 'pour', 'slab', 'inspect', 'crane', 'permit', 'drywall', 'conduit', 'north', 'wing', 'level', 'beam', 'anchor', 'seal', 'roof', 'duct', 'order', 'check', 'fix'] as const;
const TAGS = ['structural', 'electrical', 'plumbing', 'safety', 'client', 'snag'] as const;

/**
 * Writes the project into `doc`, one transaction (= one update on the wire) per task, the way a
 * team fills a board over time.
 */
export function writeProject(doc: Y.Doc, shape: ProjectShape): void {
  const random = makeRandom(shape.seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (chars: number): string => {
    let text = '';
    while (text.length < chars) text += `${pick(WORDS)} `;
    return text.slice(0, chars);
  };
  initProject(doc, COLUMN_TITLES, ORIGIN);
  const columns: ColumnId[] = readColumns(doc).map((column) => column.id);
  const people: UserId[] = Array.from({ length: 6 }, () => newId<'user'>());
  for (let i = 0; i < shape.tasks; i++) {
    doc.transact(() => {
      const added = addTask(doc, { columnId: pick(columns), title: `${words(24)} ${i}`, createdBy: pick(people), now: 1_760_000_000_000 + i }, ORIGIN);
      if (!added.ok) throw new Error(`seeding the project failed: ${added.reason}`);
      const updated = updateTask(doc, added.value, {
        description: words(shape.descriptionChars),
        dueDate: parseIsoDay(`2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
        priority: pick(PRIORITIES),
        tags: [pick(TAGS), pick(TAGS)],
        assignees: [pick(people)],
      }, 1_760_000_000_000 + i, ORIGIN);
      if (!updated.ok) throw new Error(`seeding the project failed: ${updated.reason}`);
    }, ORIGIN);
  }
}
