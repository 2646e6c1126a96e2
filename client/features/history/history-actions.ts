// What a change to a card says in plain words: each changed field maps to a message key, so a line
// reads "changed the title, moved the card" in the person's language. Bookkeeping fields that
// change alongside real edits (updatedAt, a rank that comes with another edit) say nothing.
import type { MessageKey } from '../../i18n/messages-en';

export type HistoryAction =
  | { readonly kind: 'created' | 'deleted' | 'commented' }
  | { readonly kind: 'field'; readonly message: MessageKey }
  /** A field this build has no words for (a newer app wrote it): shown by its name. */
  | { readonly kind: 'other'; readonly field: string };

const FIELD_MESSAGES: Readonly<Record<string, MessageKey>> = {
  title: 'history.changedTitle',
  description: 'history.editedDescription',
  dueDate: 'history.changedDueDate',
  priority: 'history.changedPriority',
  assignees: 'history.changedAssignees',
  tags: 'history.changedTags',
  checklist: 'history.updatedChecklist',
  columnId: 'history.moved',
  rank: 'history.moved',
};

/** Written by every command as a side effect: never news on its own. */
const SILENT_FIELDS: ReadonlySet<string> = new Set(['updatedAt']);
/** Fields that only say where the card sits. */
const PLACEMENT_FIELDS: ReadonlySet<string> = new Set(['columnId', 'rank']);

/** The actions for a change to these fields, without repeats, in the order the fields came. */
export function actionsForFields(fields: readonly string[]): HistoryAction[] {
  const spoken = fields.filter((field) => !SILENT_FIELDS.has(field));
  // A rank written together with another edit is that edit's bookkeeping; alone, it is a reorder.
  const rankIsBookkeeping = !spoken.includes('columnId') && spoken.some((field) => !PLACEMENT_FIELDS.has(field));
  const edits = rankIsBookkeeping ? spoken.filter((field) => field !== 'rank') : spoken;
  const actions: HistoryAction[] = [];
  for (const field of edits) {
    const message = Object.hasOwn(FIELD_MESSAGES, field) ? FIELD_MESSAGES[field] : undefined;
    const action: HistoryAction = message === undefined ? { kind: 'other', field } : { kind: 'field', message };
    if (!actions.some((known) => isSameAction(known, action))) actions.push(action);
  }
  return actions;
}

export function isSameAction(a: HistoryAction, b: HistoryAction): boolean {
  switch (a.kind) {
    case 'created':
    case 'deleted':
    case 'commented':
      return a.kind === b.kind;
    case 'field':
      return b.kind === 'field' && a.message === b.message;
    case 'other':
      return b.kind === 'other' && a.field === b.field;
  }
}

/** The message key and its parameters for one action. */
export function actionMessage(action: HistoryAction): { readonly key: MessageKey; readonly params?: Readonly<Record<string, string>> } {
  switch (action.kind) {
    case 'created': return { key: 'history.created' };
    case 'deleted': return { key: 'history.deleted' };
    case 'commented': return { key: 'history.commented' };
    case 'field': return { key: action.message };
    case 'other': return { key: 'history.changedField', params: { field: action.field } };
  }
}

/** A line's actions as one phrase: each action translated, then joined the locale's way ("a, b and c", "a、b和c"). */
export function describeActions(
  actions: readonly HistoryAction[],
  translate: (key: MessageKey, params?: Readonly<Record<string, string>>) => string,
  joinList: (items: readonly string[]) => string,
): string {
  return joinList(actions.map((action) => {
    const { key, params } = actionMessage(action);
    return translate(key, params);
  }));
}
