// The board's cards as a table to export, as the board shows them: column by column in board order,
// only the cards the filters leave, with assignees by name (names an import kept after them), the due
// day a real date, progress in percent as a number and the checklist as two numbers (a "1/3" in a
// .csv would open as a date).
import { dayCell, numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { ColumnId } from '../../../shared/ids';
import type { Column, Priority, Task } from '../../../shared/schema';

export interface BoardExportText {
  readonly headers: readonly [column: string, title: string, assignees: string, due: string, priority: string, progress: string, tags: string, checklistDone: string, checklistItems: string, description: string];
  readonly priority: (priority: Priority) => string;
  readonly nameOf: (userId: string) => string;
}

export function boardExportTable(columns: readonly Column[], cards: ReadonlyMap<ColumnId, readonly Task[]>, text: BoardExportText): ExportTable {
  return {
    header: text.headers,
    widths: [14, 32, 20, 12, 10, 10, 20, 10, 10, 40],
    rows: columns.flatMap((column) => (cards.get(column.id) ?? []).map((card) => [
      textCell(column.title), textCell(card.title), textCell([...card.assignees.map(text.nameOf), ...card.pendingAssignees].join(', ')), dayCell(card.dueDate),
      textCell(text.priority(card.priority)), numberCell(card.percentComplete), textCell(card.tags.join(', ')),
      numberCell(card.checklist.filter((item) => item.done).length), numberCell(card.checklist.length),
      textCell(card.description),
    ])),
  };
}
