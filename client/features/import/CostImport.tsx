// Importing a cost sheet (成本台账) into the project's finance room: categories by the room's names or
// their usual synonyms, tasks by WBS code or name, re-imports matched by invoice number (or day,
// category, supplier and note), so a corrected amount updates its entry instead of adding one. An
// unknown category goes under Other unless the person chooses in the preview to create it or to use
// an existing category (that pick is remembered per workspace on this device).
import { Show, createMemo, createSignal } from 'solid-js';
import { OTHER_CATEGORY_ID } from '../../../shared/domain/finance/cost-category';
import { COST_FIELDS, COST_REQUIRED, COST_SYNONYMS, readCostRows, type CostField, type CostRow } from '../../../shared/domain/import/cost-columns';
import { normaliseName } from '../../../shared/domain/import/match-members';
import { categoryChoiceArgs, type CategoryChoice } from '../../../shared/domain/import/unknown-categories';
import type { ProjectId } from '../../../shared/ids';
import { formatFen } from '../../../shared/money-format';
import { projectRoom, readProject } from '../../../shared/schema';
import { applyCostImport, planCostImport } from '../../../shared/schema/import-finance-commands';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createFinanceRoom } from '../costs/create-finance-room';
import { createDocView } from '../labour/create-finance-view';
import type { Undo } from '../../undo/create-undo';
import { categoryMemoryKey, parseRememberedCategories, rememberChoice, rememberedChoices, serialiseRememberedCategories } from './category-memory';
import { FinanceSheetImport, type FinanceSheetSpec } from './FinanceSheetImport';
import { readStoredMapping, writeStoredMapping } from './mapping-memory';
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
  // what the person chose per unknown category text (by normaliseName): this import's choices over the
  // existing categories remembered from earlier files; a text with neither goes under Other
  const memoryKey = categoryMemoryKey(useWorkspace().workspaceId);
  const [remembered, setRemembered] = createSignal(parseRememberedCategories(readStoredMapping(memoryKey)));
  const [picked, setPicked] = createSignal<ReadonlyMap<string, CategoryChoice>>(new Map());
  const choices = createMemo((): ReadonlyMap<string, CategoryChoice> => new Map([...rememberedChoices(remembered(), finance.finance().categories), ...picked()]));
  const choose = (key: string, choice: CategoryChoice): void => {
    setPicked(new Map([...picked(), [key, choice]]));
    const next = rememberChoice(remembered(), key, choice, finance.finance().categories);
    setRemembered(next);
    writeStoredMapping(memoryKey, serialiseRememberedCategories(next));
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
    read: (sheet, headerRow, mapping, dayOrder) => {
      const { create, use } = categoryChoiceArgs(choices());
      return readCostRows(sheet, headerRow, mapping, finance.finance().categories, tasks(), dayOrder, create, use);
    },
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
          aside={(context) => <UnknownCategories context={context} categories={finance.finance().categories} removed={finance.finance().removedCategories} otherName={otherName()} canEdit={finance.canEdit()} choices={choices()} onChoose={choose} />} />
      )}
    </Show>
  );
}
