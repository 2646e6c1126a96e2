// The people a labour sheet names who are not on the worker roster: listed, and added (with the team,
// trade and day rate of their first row) only when the person presses the button. Until then their
// rows are skipped, each with the reason in the preview.
import { For, Show, createMemo, createSignal, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { LabourField, RosterWorker } from '../../../shared/domain/import/labour-columns';
import { findUnknownWorkers } from '../../../shared/domain/import/unknown-workers';
import { addWorkersFromImport } from '../../../shared/schema/import-finance-roster';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { SheetContext } from './FinanceSheetImport';

export function UnknownWorkers(props: { context: Accessor<SheetContext<LabourField>>; roster: readonly RosterWorker[]; workspaceDoc: Y.Doc; canEdit: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [added, setAdded] = createSignal<string | null>(null);
  const unknown = createMemo(() => {
    const { sheet, headerRow, mapping } = props.context();
    return findUnknownWorkers(sheet, headerRow, mapping, props.roster);
  });
  const add = (): void => {
    const people = unknown();
    const result = addWorkersFromImport(props.workspaceDoc, people, Date.now(), session.origin);
    if (!result.ok) return void setFailure(t('import.roster.failed', { name: result.name }));
    setFailure(null);
    setAdded(t('import.roster.added', { names: people.map((person) => person.name).join(t('import.listSeparator')) }));
  };
  return (
    <>
      <Show when={added()}>{(text) => <p role="status" class="import-done">{text()}</p>}</Show>
      <Show when={unknown().length > 0}>
        <section class="import-roster" aria-labelledby="import-roster-title">
          <h3 id="import-roster-title">{t('import.roster.title', { count: unknown().length })}</h3>
          <p>{t('import.roster.explain')}</p>
          <ul data-testid="import-unknown-workers">
            <For each={unknown()}>
              {(person) => <li>{t('import.roster.person', { name: person.name, rows: person.sheetRows.join(', '), team: person.team || '—' })}</li>}
            </For>
          </ul>
          <button type="button" class="button" disabled={!props.canEdit} onClick={add}>{t('import.roster.add', { count: unknown().length })}</button>
          <Show when={failure()}>{(text) => <p role="alert" class="import-error">{text()}</p>}</Show>
        </section>
      </Show>
    </>
  );
}
