// Importing a labour or cost sheet (one component, the kind's specifics in `spec`): the sheet and
// header row, the column mapping (remembered per workspace and kind on this device), the plan as a
// preview — new, changed, unchanged, signed and left alone, skipped — with every problem in words,
// and Import, which writes the whole plan to the finance room in one transaction (one undo step).
import { Show, createMemo, createSignal, type Accessor, type JSX } from 'solid-js';
import { applyFieldOverride, guessFieldMapping } from '../../../shared/domain/import/column-mapping';
import type { FinanceIssue } from '../../../shared/domain/import/finance-issue';
import { findFieldHeader } from '../../../shared/domain/import/find-header';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import type { CellValue, Sheet } from '../../../shared/domain/import/sheet-types';
import type { ApplyResult, FinancePlan } from '../../../shared/schema/import-finance-commands';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { applyReasonKey } from './apply-reason';
import { countFinancePreview, financePreviewEntries } from './finance-preview';
import { FinancePreviewTable } from './FinancePreviewTable';
import type { ImportKind } from './import-kind';
import { MappingEditor } from './MappingEditor';
import { parseRemembered, readStoredMapping, storageKey, toOverride, toRemembered, writeStoredMapping } from './mapping-memory';
import type { Workbook } from './read-workbook';
import { SheetOptions } from './SheetOptions';

/** What one kind of finance sheet needs; the functions may read signals (the plan follows the room). */
export interface FinanceSheetSpec<F extends string, Row extends { readonly sheetRow: number }> {
  readonly kind: Exclude<ImportKind, 'schedule'>;
  readonly fields: readonly F[];
  readonly synonyms: Readonly<Record<F, readonly string[]>>;
  readonly required: readonly F[];
  /** The column guess for a header row, when the kind's is more than synonyms (labour's plain 单价). */
  readonly guess?: (header: readonly CellValue[]) => { mapping: Partial<Record<F, number>>; confidence: Partial<Record<F, number>> };
  readonly fieldLabel: (field: F) => string;
  readonly columns: readonly string[];
  readonly read: (sheet: Sheet, headerRow: number, mapping: Partial<Record<F, number>>, dayOrder: DayOrder) => { rows: Row[]; issues: FinanceIssue[] };
  readonly plan: (rows: readonly Row[]) => FinancePlan<Row, unknown>;
  readonly cells: (row: Row) => readonly string[];
  readonly apply: (rows: readonly Row[]) => ApplyResult<string>;
}

/** What the sheet is read with, for a kind's extra section (the labour roster offer). */
export interface SheetContext<F extends string> {
  readonly sheet: Sheet;
  readonly headerRow: number;
  readonly mapping: Partial<Record<F, number>>;
}

export function FinanceSheetImport<F extends string, Row extends { readonly sheetRow: number }>(props: {
  spec: FinanceSheetSpec<F, Row>;
  workbook: Workbook;
  canEdit: boolean;
  aside?: (context: Accessor<SheetContext<F>>) => JSX.Element;
}) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const spec = props.spec;
  const key = storageKey(workspace.workspaceId, spec.kind);
  const [sheetIndex, setSheetIndex] = createSignal(0);
  const [dayOrder, setDayOrder] = createSignal<DayOrder>('month-first');
  const [headerPick, setHeaderPick] = createSignal<number | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);

  const sheet = createMemo(() => props.workbook.sheets[sheetIndex()]?.rows ?? []);
  const headerRow = createMemo(() => headerPick() ?? findFieldHeader(sheet(), spec.fields, spec.synonyms, spec.required)?.headerRow ?? 0);
  const header = createMemo((): readonly CellValue[] => sheet()[headerRow()] ?? []);
  const guess = createMemo(() => spec.guess?.(header()) ?? guessFieldMapping(header(), spec.fields, spec.synonyms));
  const [override, setOverride] = createSignal<Partial<Record<F, number | null>>>(toOverride(spec.fields, parseRemembered(spec.fields, readStoredMapping(key)), header()));
  const mapping = createMemo(() => applyFieldOverride(spec.fields, guess().mapping, override()));
  const missing = createMemo(() => spec.required.filter((field) => mapping()[field] === undefined));
  const read = createMemo(() => (missing().length > 0 ? null : spec.read(sheet(), headerRow(), mapping(), dayOrder())));
  const plan = createMemo(() => { const current = read(); return current === null ? null : spec.plan(current.rows); });
  const entries = createMemo(() => {
    const current = read();
    const planned = plan();
    return current === null || planned === null ? [] : financePreviewEntries(planned, current.issues, spec.cells);
  });
  const counts = createMemo(() => countFinancePreview(entries()));
  const context = createMemo((): SheetContext<F> => ({ sheet: sheet(), headerRow: headerRow(), mapping: mapping() }));
  const toWrite = () => counts().added + counts().changed;

  const onMapping = (field: F, column: number | null): void => {
    setOverride(() => ({ ...override(), [field]: column }));
    writeStoredMapping(key, JSON.stringify(toRemembered(spec.fields, guess().mapping, mapping(), header())));
  };
  const resetHeader = (row: number | null): void => { setHeaderPick(row); setOverride({}); };
  const confirm = (): void => {
    const current = read();
    if (current === null) return;
    setFailure(null);
    const result = spec.apply(current.rows);
    if (!result.ok) return void setFailure(t('import.finance.applyFailed', { row: result.sheetRow, reason: t(applyReasonKey(result.reason)) }));
    setDone(t('import.finance.done', { ...result.counts }));
  };

  return (
    <>
      <Show when={done()}>{(text) => <p class="import-done" role="status">{text()}</p>}</Show>
      <Show when={failure()}>{(text) => <p class="import-error" role="alert">{text()}</p>}</Show>
      <SheetOptions workbook={props.workbook} sheetIndex={sheetIndex()} onSheet={(index) => { setSheetIndex(index); resetHeader(null); }}
        headerRow={headerRow()} onHeaderRow={resetHeader} dayOrder={dayOrder()} onDayOrder={setDayOrder} />
      <Show when={missing().length > 0}>
        <p class="import-error" role="alert">{t('import.finance.missingColumns', { fields: missing().map(spec.fieldLabel).join(t('import.listSeparator')) })}</p>
      </Show>
      <MappingEditor fields={spec.fields} label={spec.fieldLabel} header={header()} mapping={mapping()} confidence={guess().confidence} onChange={onMapping} />
      {props.aside?.(context)}
      <Show when={plan()}>
        <section class="stack" aria-live="polite">
          <p class="import-summary" data-testid="import-summary">{t('import.finance.summary', { ...counts() })}</p>
          <Show when={counts().protectedRows > 0}><p class="muted">{t('import.finance.protectedHint')}</p></Show>
          <p class="import-problems" data-testid="import-problems">{t('import.problems', { ...counts() })}</p>
          <button type="button" class="button button--primary" disabled={toWrite() === 0 || !props.canEdit} onClick={confirm}>
            {toWrite() === 0 ? t('import.confirmNothing') : t(`import.finance.confirm.${spec.kind}`, { count: toWrite() })}
          </button>
          <FinancePreviewTable columns={spec.columns} entries={entries()} />
        </section>
      </Show>
    </>
  );
}
