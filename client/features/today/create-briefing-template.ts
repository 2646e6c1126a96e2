// The team's briefing template from the workspace room, read again after each change of the room.
import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { BriefingTemplate } from '../../../shared/domain/briefing';
import { readBriefingTemplate } from '../../../shared/schema';
import { createTransactionCount } from '../gantt/create-transaction-count';

export function createBriefingTemplate(doc: Y.Doc): Accessor<BriefingTemplate> {
  const changes = createTransactionCount(doc);
  return createMemo<BriefingTemplate>(() => (changes(), readBriefingTemplate(doc)), readBriefingTemplate(doc), {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
}
