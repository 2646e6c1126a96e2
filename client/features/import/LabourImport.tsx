// Importing a labour sheet (点工 day labour, 计件 piece work, or both) into the project's finance room:
// workers matched to the roster (unknown ones offered for adding), the pay checked against an amount
// column, re-imports matched by worker + day + work content, signed records never changed.
import { Show } from 'solid-js';
import { guessLabourMapping, LABOUR_FIELDS, LABOUR_REQUIRED, LABOUR_SYNONYMS, labourRowAmount, readLabourRows, type LabourField, type LabourRow } from '../../../shared/domain/import/labour-columns';
import type { ProjectId } from '../../../shared/ids';
import { formatFen } from '../../../shared/money-format';
import { projectRoom, readProject, readWorkers } from '../../../shared/schema';
import type { Fen } from '../../../shared/money';
import { applyLabourImport, labourAmountsAsStored, planLabourImport } from '../../../shared/schema/import-finance-commands';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createFinanceRoom } from '../costs/create-finance-room';
import { createDocView } from '../labour/create-finance-view';
import type { Undo } from '../../undo/create-undo';
import { FinanceSheetImport, type FinanceSheetSpec } from './FinanceSheetImport';
import type { Workbook } from './read-workbook';
import { taskRefs } from './task-refs';
import { OvertimePayNote } from './OvertimePayNote';
import { UnknownWorkers } from './UnknownWorkers';

export function LabourImport(props: { projectId: ProjectId; workbook: Workbook | null; onUndo: (undo: Undo) => void }) {
  const { t, language } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const finance = createFinanceRoom(props.projectId);
  props.onUndo(finance.undo);
  const project = useRoom(projectRoom(props.projectId));
  const workers = createDocView(workspace.room.doc, readWorkers);
  const tasks = createDocView(project.doc, (doc) => taskRefs(readProject(doc).tasks));
  const money = (amount: Parameters<typeof formatFen>[0]): string => formatFen(amount, language());
  const unit = (row: LabourRow): string => (row.pieceUnit === '' ? t('import.labourCol.perUnit') : row.pieceUnit);
  const workCell = (row: LabourRow): string => {
    if (row.pay === 'piece-rate') return row.pieceUnit === '' ? String(row.quantity) : t('import.labourCol.quantity', { count: row.quantity, unit: row.pieceUnit });
    return row.hours > 0 && row.manDays === 0 ? t('import.labourCol.hours', { count: row.hours }) : t('import.labourCol.manDays', { count: row.manDays });
  };
  const rateCell = (row: LabourRow): string => (row.pay === 'piece-rate' ? t('import.labourCol.pieceRate', { rate: money(row.pieceRate), unit: unit(row) }) : money(row.dayRate));
  // the pay each row will store (a changed record keeps its own hours per day), filled by plan() before cells()
  let storedAmounts = new Map<LabourRow, Fen>();
  const spec: FinanceSheetSpec<LabourField, LabourRow> = {
    kind: 'labour',
    fields: LABOUR_FIELDS,
    synonyms: LABOUR_SYNONYMS,
    required: LABOUR_REQUIRED,
    guess: guessLabourMapping,
    fieldLabel: (field) => t(`import.labourField.${field}`),
    columns: [
      t('import.labourField.day'), t('import.labourField.worker'), t('import.labourCol.work'), t('import.labourCol.rate'), t('import.labourField.amount'),
      t('import.labourField.content'), t('import.labourCol.overtime'),
    ],
    read: (sheet, headerRow, mapping, dayOrder) => readLabourRows(sheet, headerRow, mapping, workers(), dayOrder, tasks()),
    plan: (rows) => {
      const records = finance.finance().labourRecords;
      const planned = planLabourImport(rows, records);
      storedAmounts = labourAmountsAsStored(planned, records);
      return planned;
    },
    cells: (row) => [
      row.day, workers().find((worker) => worker.id === row.workerId)?.name ?? '', workCell(row), rateCell(row), money(storedAmounts.get(row) ?? labourRowAmount(row)), row.content,
      row.overtimeHours > 0 ? t('import.labourCol.overtimeHours', { count: row.overtimeHours, rate: money(row.overtimeRate) }) : '',
    ],
    apply: (rows) => applyLabourImport(finance.room.doc, rows, session.identity().id, Date.now(), session.origin),
  };
  return (
    <Show when={props.workbook} keyed>
      {(workbook) => (
        <FinanceSheetImport spec={spec} workbook={workbook} canEdit={finance.canEdit()}
          aside={(context) => (
            <>
              <OvertimePayNote context={context} />
              <UnknownWorkers context={context} roster={workers()} workspaceDoc={workspace.room.doc} canEdit={workspace.permissions().canEdit} />
            </>
          )} />
      )}
    </Show>
  );
}
