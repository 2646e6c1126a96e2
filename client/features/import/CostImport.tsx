// Importing a cost sheet (成本台账) into the project's finance room: categories by the room's names or
// their usual synonyms, tasks by WBS code or name, re-imports matched by invoice number (or day,
// category, supplier and note), so a corrected amount updates its entry instead of adding one. An
// unknown category goes under Other unless the person ticks "Create category" for it in the preview.
import { Show, createSignal } from 'solid-js';
import { OTHER_CATEGORY_ID } from '../../../shared/domain/finance/cost-category';
import { COST_FIELDS, COST_REQUIRED, COST_SYNONYMS, readCostRows, type CostField, type CostRow } from '../../../shared/domain/import/cost-columns';
import { normaliseName } from '../../../shared/domain/import/match-members';
import type { ProjectId } from '../../../shared/ids';
import { formatFen } from '../../../shared/money-format';
import { projectRoom, readProject } from '../../../shared/schema';
import { applyCostImport, planCostImport } from '../../../shared/schema/import-finance-commands';
import { useRoom, useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { createFinanceRoom } from '../costs/create-finance-room';
import { createDocView } from '../labour/create-finance-view';
import type { Undo } from '../../undo/create-undo';
import { FinanceSheetImport, type FinanceSheetSpec } from './FinanceSheetImport';
import type { Workbook } from './read-workbook';
import { taskRefs } from './task-refs';
import { UnknownCategories } from './UnknownCategories';

export function CostImport(props: { projectId: ProjectId; workbook: Workbook | null; onUndo: (undo: Undo) => void }) {
  const { t, language } = useI18n();
  const session = useSession();
  const finance = createFinanceRoom(props.projectId);
  props.onUndo(finance.undo);
  const project = useRoom(projectRoom(props.projectId));
  const tasks = createDocView(project.doc, (doc) => taskRefs(readProject(doc).tasks));
  // unknown categories the person chose to create (by normaliseName); the rest go under Other
  const [created, setCreated] = createSignal<ReadonlySet<string>>(new Set());
  const choose = (key: string, create: boolean): void => {
    const next = new Set(created());
    if (create) next.add(key); else next.delete(key);
    setCreated(next);
  };
  // a text naming a removed category restores it (applyCostImport): shown under that category's own name
  const removedNamed = (name: string) => finance.finance().removedCategories.find((category) => normaliseName(category.name) === normaliseName(name));
  const newCategoryText = (name: string): string => {
    const removed = removedNamed(name);
    return removed ? t('import.costCol.restoredCategory', { name: removed.name }) : t('import.costCol.newCategory', { name });
  };
  const categoryName = (row: CostRow): string => (row.newCategory !== null
    ? newCategoryText(row.newCategory)
    : finance.finance().categories.find((category) => category.id === row.categoryId)?.name ?? row.categoryId);
  const otherName = (): string => finance.finance().categories.find((category) => category.id === OTHER_CATEGORY_ID)?.name ?? OTHER_CATEGORY_ID;
  const spec: FinanceSheetSpec<CostField, CostRow> = {
    kind: 'costs',
    fields: COST_FIELDS,
    synonyms: COST_SYNONYMS,
    required: COST_REQUIRED,
    fieldLabel: (field) => t(`import.costField.${field}`),
    columns: [t('import.costField.day'), t('import.costField.category'), t('import.costField.amount'), t('import.costField.supplier'), t('import.costField.invoiceNumber'), t('import.costField.note')],
    read: (sheet, headerRow, mapping, dayOrder) => readCostRows(sheet, headerRow, mapping, finance.finance().categories, tasks(), dayOrder, created()),
    plan: (rows) => planCostImport(rows, finance.finance().costEntries),
    cells: (row) => [
      row.day, categoryName(row),
      formatFen(row.amount, language()), row.supplier, row.invoiceNumber, row.note,
    ],
    apply: (rows) => applyCostImport(finance.room.doc, rows, session.identity().id, Date.now(), session.origin),
  };
  return (
    <Show when={props.workbook} keyed>
      {(workbook) => (
        <FinanceSheetImport spec={spec} workbook={workbook} canEdit={finance.canEdit()}
          aside={(context) => <UnknownCategories context={context} categories={finance.finance().categories} removed={finance.finance().removedCategories} otherName={otherName()} canEdit={finance.canEdit()} chosen={created()} onChoose={choose} />} />
      )}
    </Show>
  );
}
