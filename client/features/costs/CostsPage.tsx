// The project's cost centre (项目成本中心): budget vs actual with overrun warnings, the cumulative cost
// chart, fast cost entry and the filtered list of actual costs. The finance room opens only for roles
// with finance access; everyone else is told why, and no request for the room is made.
import { Show, createMemo, createSignal } from 'solid-js';
import { actualCosts } from '../../../shared/domain/finance';
import type { ProjectId } from '../../../shared/ids';
import { fen, sumFen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import { deleteCost, projectRoom, type StoredCostEntry } from '../../../shared/schema';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { EarnedValueSection } from '../evm/EarnedValueSection';
import { createWorkspaceCalendar } from '../gantt/create-workspace-calendar';
import { Chart } from '../../ui/chart/Chart';
import { UndoButtons } from '../../ui/UndoButtons';
import type { Undo } from '../../undo/create-undo';
import { chartXToDay } from '../../ui/chart/chart-data';
import { BudgetSection } from './BudgetSection';
import { CategoryManager } from './CategoryManager';
import { cumulativeCostSeries } from './cost-chart';
import { CostEntryForm } from './CostEntryForm';
import type { TaskOption } from './FinanceSelects';
import { CostList } from './CostList';
import { createFinanceRoom, todayIso } from './create-finance-room';
import { FinancePageFrame } from './FinancePageFrame';
import { NewerDocumentBanner } from './NewerDocumentBanner';
import { MoneyChartExport } from './MoneyChartExport';

export default function CostsPage(props: { projectId: ProjectId }) {
  return (
    <FinancePageFrame projectId={props.projectId} title="costs.title" noAccess="costs.noAccess">
      <CostCentre projectId={props.projectId} />
    </FinancePageFrame>
  );
}

function CostCentre(props: { projectId: ProjectId }) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const { room, finance, canEdit, newerThanApp, undo } = createFinanceRoom(props.projectId);
  const [editing, setEditing] = createSignal<StoredCostEntry | null>(null);
  const actions = {
    onEdit: (entry: StoredCostEntry): void => void setEditing(entry),
    onDelete: (entry: StoredCostEntry): void => {
      // a native confirm: works with keyboard and screen readers, and undo can still take a delete back
      if (!window.confirm(t('costs.list.deleteConfirm', { amount: formatFen(entry.amount, language()) }))) return;
      undo.separate();
      if (session.report(deleteCost(room.doc, entry.id, session.origin)) && editing()?.id === entry.id) setEditing(null);
    },
  };
  const editingGone = createMemo(() => {
    const entry = editing();
    return entry !== null && !finance().costEntries.some((one) => one.id === entry.id);
  });
  const project = createProjectStore(useRoom(projectRoom(props.projectId)).doc);
  const workspace = useWorkspace();
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const today = todayIso();
  const tasks = createMemo<TaskOption[]>(() => Object.entries(project.tasks).map(([id, task]) => ({ id, title: task.title })).sort((a, b) => a.title.localeCompare(b.title)));
  const costs = createMemo(() => actualCosts(finance().costEntries, finance().labourRecords));
  const inputs = createMemo(() => ({ budgetLines: finance().budgetLines, costs: costs(), labour: finance().labourRecords, funds: finance().fundEntries }));
  const budgetTotal = createMemo(() => sumFen(finance().budgetLines.map((line) => line.amount)));
  const series = createMemo(() => cumulativeCostSeries(costs(), budgetTotal(), { actual: t('costs.chart.actual'), budget: t('costs.chart.budget') }));
  return (
    <>
      <NewerDocumentBanner when={newerThanApp()} />
      <Show when={!canEdit()} fallback={<FinanceTools undo={undo} importHref={formatRoute({ kind: 'import', workspaceId: workspace.workspaceId, projectId: props.projectId, sheet: 'costs' })} />}>
        <p role="status">{t('costs.readOnly')}</p>
      </Show>
      <BudgetSection doc={room.doc} inputs={inputs()} categories={finance().categories} removed={finance().removedCategories} tasks={tasks()} canEdit={canEdit()} separateUndo={() => undo.separate()} />
      <Show when={canEdit()}>
        <CategoryManager
          doc={room.doc} categories={finance().categories} removed={finance().removedCategories} costs={costs()} lines={finance().budgetLines} funds={finance().fundEntries} separateUndo={() => undo.separate()}
        />
      </Show>
      <section class="finance-section" aria-labelledby="cost-chart-title">
        <h2 id="cost-chart-title">{t('costs.chart.title')}</h2>
        <Chart label={t('costs.chart.title')} series={series()} formatX={(x) => formatDay(chartXToDay(x))} formatY={(y) => formatFen(fen(Math.round(y)), language())} />
        <MoneyChartExport series={series()} title={t('costs.chart.title')} />
      </section>
      <EarnedValueSection
        projectId={props.projectId} baselines={Object.values(project.baselines)} tasks={Object.values(project.tasks)}
        budgetLines={finance().budgetLines} costs={costs()} calendar={calendar()} today={today}
      />
      <Show when={canEdit()}>
        <Show when={editing()} keyed fallback={<CostEntryForm doc={room.doc} today={today} categories={finance().categories} removed={finance().removedCategories} tasks={tasks()} />}>
          {(entry) => <CostEntryForm doc={room.doc} today={today} categories={finance().categories} removed={finance().removedCategories} tasks={tasks()} editing={entry} gone={editingGone()} onDone={() => setEditing(null)} />}
        </Show>
      </Show>
      <CostList costs={costs()} categories={finance().categories} removed={finance().removedCategories} tasks={tasks()} stored={finance().costEntries} actions={canEdit() ? actions : undefined} />
    </>
  );
}

/** Undo/redo and the way to bring in many costs at once from a sheet (finance writers only). */
function FinanceTools(props: { undo: Undo; importHref: string }) {
  const { t } = useI18n();
  return (
    <div class="finance-section__head">
      <UndoButtons undo={props.undo} />
      <a class="button" href={props.importHref}>{t('costs.import')}</a>
    </div>
  );
}
