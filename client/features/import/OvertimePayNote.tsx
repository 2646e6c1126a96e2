// Said once above the preview when a labour sheet's 加班费 column is a bare total: a labour record keeps
// overtime as hours × an hourly rate, so the person is told what to choose instead of finding every
// such row skipped without a word at the top.
import { Show, type Accessor } from 'solid-js';
import { cellRef, cellText } from '../../../shared/domain/import/cell-ref';
import { isOvertimePayAlone, type LabourField } from '../../../shared/domain/import/labour-fields';
import { useI18n } from '../../i18n/I18nProvider';
import type { SheetContext } from './FinanceSheetImport';

export function OvertimePayNote(props: { context: Accessor<SheetContext<LabourField>> }) {
  const { t } = useI18n();
  const column = (): string | null => {
    const { sheet, headerRow, mapping } = props.context();
    if (!isOvertimePayAlone(mapping) || mapping.overtimePay === undefined) return null;
    // a column chosen by hand may have no header text: name it by its cell then
    return cellText(sheet[headerRow]?.[mapping.overtimePay] ?? null).trim() || cellRef(mapping.overtimePay, headerRow + 1);
  };
  return (
    <Show when={column()}>
      {(name) => <p class="import-warning" role="note" data-testid="import-overtime-pay-note">{t('import.labour.overtimePayOnly', { column: name() })}</p>}
    </Show>
  );
}
