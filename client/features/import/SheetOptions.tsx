// Which sheet of the workbook, which row holds the headers, and how to read dates like 3/5/2026:
// the same three choices for every kind of import.
import { Show } from 'solid-js';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { Workbook } from './read-workbook';

export function SheetOptions(props: {
  workbook: Workbook;
  sheetIndex: number;
  onSheet: (index: number) => void;
  /** 0-based. */
  headerRow: number;
  onHeaderRow: (row: number) => void;
  dayOrder: DayOrder;
  onDayOrder: (order: DayOrder) => void;
}) {
  const { t } = useI18n();
  const rows = () => props.workbook.sheets[props.sheetIndex]?.rows.length ?? 0;
  return (
    <>
      <Show when={props.workbook.encoding === 'gbk'}><p class="import-warning" role="note">{t('import.encodingGbk')}</p></Show>
      <div class="import-options">
        <Show when={props.workbook.sheets.length > 1}>
          <label>{t('import.sheet')} <select value={String(props.sheetIndex)} onChange={(event) => props.onSheet(Number(event.currentTarget.value))}>
            {props.workbook.sheets.map((entry, index) => <option value={String(index)}>{entry.name}</option>)}
          </select></label>
        </Show>
        <label>{t('import.headerRow')} <input type="number" min="1" max={String(Math.min(rows(), 30))} value={String(props.headerRow + 1)}
          onChange={(event) => { const row = Math.trunc(Number(event.currentTarget.value)) - 1; if (row >= 0 && row < rows()) props.onHeaderRow(row); }} /></label>
        <label>{t('import.dayOrder')} <select value={props.dayOrder} onChange={(event) => props.onDayOrder(event.currentTarget.value === 'day-first' ? 'day-first' : 'month-first')}>
          <option value="month-first">{t('import.dayOrder.month-first')}</option>
          <option value="day-first">{t('import.dayOrder.day-first')}</option>
        </select></label>
      </div>
    </>
  );
}
