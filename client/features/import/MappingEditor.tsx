// The column-mapping editor: for each field of the chosen kind of sheet, which column of the header
// row feeds it (or none), with whether the app recognised the header or guessed it.
import { For } from 'solid-js';
import { cellText, columnLetters } from '../../../shared/domain/import/cell-ref';
import type { CellValue } from '../../../shared/domain/import/sheet-types';
import { useI18n } from '../../i18n/I18nProvider';

export function MappingEditor<F extends string>(props: {
  fields: readonly F[];
  label: (field: F) => string;
  header: readonly CellValue[];
  mapping: Readonly<Partial<Record<F, number>>>;
  confidence: Readonly<Partial<Record<F, number>>>;
  onChange: (field: F, column: number | null) => void;
}) {
  const { t } = useI18n();
  const columnLabel = (column: number) => `${columnLetters(column)}: ${cellText(props.header[column]).trim() || '—'}`;
  const confidence = (field: F): string => {
    const score = props.confidence[field];
    if (props.mapping[field] === undefined || score === undefined) return '';
    return score >= 1 ? t('import.confidence.sure') : t('import.confidence.guess');
  };
  return (
    <fieldset class="import-mapping">
      <legend>{t('import.mapping')}</legend>
      <p class="muted">{t('import.mappingHint')}</p>
      <div class="import-mapping__grid">
        <For each={props.fields}>
          {(field) => (
            <label class="import-mapping__field">
              <span>{props.label(field)}</span>
              <select
                data-field={field}
                value={props.mapping[field] === undefined ? '' : String(props.mapping[field])}
                onChange={(event) => props.onChange(field, event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
              >
                <option value="">{t('import.notImported')}</option>
                <For each={props.header.map((_, column) => column)}>{(column) => <option value={String(column)}>{columnLabel(column)}</option>}</For>
              </select>
              <small class="muted">{confidence(field)}</small>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
