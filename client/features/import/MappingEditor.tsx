// The column-mapping editor: for each field, which column of the header row feeds it (or none), with
// whether the app recognised the header or guessed it.
import { For } from 'solid-js';
import { cellText, columnLetters } from '../../../shared/domain/import/cell-ref';
import { IMPORT_FIELDS, type CellValue, type ColumnMapping, type ImportField } from '../../../shared/domain/import/sheet-types';
import { useI18n } from '../../i18n/I18nProvider';

export function MappingEditor(props: {
  header: readonly CellValue[];
  mapping: ColumnMapping;
  confidence: Readonly<Partial<Record<ImportField, number>>>;
  onChange: (field: ImportField, column: number | null) => void;
}) {
  const { t } = useI18n();
  const columnLabel = (column: number) => `${columnLetters(column)}: ${cellText(props.header[column]).trim() || '—'}`;
  return (
    <fieldset class="import-mapping">
      <legend>{t('import.mapping')}</legend>
      <p class="muted">{t('import.mappingHint')}</p>
      <div class="import-mapping__grid">
        <For each={IMPORT_FIELDS}>
          {(field) => (
            <label class="import-mapping__field">
              <span>{t(`import.field.${field}`)}</span>
              <select
                data-field={field}
                value={props.mapping[field] === undefined ? '' : String(props.mapping[field])}
                onChange={(event) => props.onChange(field, event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
              >
                <option value="">{t('import.notImported')}</option>
                <For each={props.header.map((_, column) => column)}>{(column) => <option value={String(column)}>{columnLabel(column)}</option>}</For>
              </select>
              <small class="muted">
                {props.mapping[field] === undefined ? '' : (props.confidence[field] ?? 0) >= 1 ? t('import.confidence.sure') : props.confidence[field] === undefined ? '' : t('import.confidence.guess')}
              </small>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
