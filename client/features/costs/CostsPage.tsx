// The project's cost centre (项目成本中心): budget vs actual with overrun warnings, the cumulative cost
// chart, fast cost entry and the filtered list of actual costs. The finance room opens only for roles
// with finance access; everyone else is told why, and no request for the room is made.
import { Show, createMemo } from 'solid-js';
import { actualCosts } from '../../../shared/domain/finance';
import { roomAccess } from '../../../shared/domain/access';
import type { ProjectId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { fen, sumFen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import { financeRoom, projectRoom } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useRoom } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { createFinanceStore } from '../../sync/finance-store';
import { Chart } from '../../ui/chart/Chart';
import { chartXToDay } from '../../ui/chart/chart-data';
import { BudgetSection } from './BudgetSection';
import { cumulativeCostSeries } from './cost-chart';
import { CostEntryForm, type TaskOption } from './CostEntryForm';
import { CostList } from './CostList';
import './costs.css';

export default function CostsPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <>
      <AppHeader />
      <main id="main" class="finance-page">
        <a class="back-link" href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId })}>←</a>
        <h1 class="page-title">{t('costs.title')}</h1>
        <Show when={workspace.permissions().canSeeFinance} fallback={<p role="status" class="finance-no-access" data-testid="finance-no-access">{t('costs.noAccess')}</p>}>
          <CostCentre projectId={props.projectId} />
        </Show>
      </main>
    </>
  );
}

function CostCentre(props: { projectId: ProjectId }) {
  const { t, language, formatDay } = useI18n();
  const workspace = useWorkspace();
  const room = useRoom(financeRoom(props.projectId));
  const project = createProjectStore(useRoom(projectRoom(props.projectId)).doc);
  const finance = createFinanceStore(room.doc, () => (language() === 'en' ? 'en' : 'zh'));
  const canEdit = createMemo(() => {
    const role = workspace.role();
    return role === null || roomAccess(role, 'f') === 'write';
  });
  const tasks = createMemo<TaskOption[]>(() => Object.entries(project.tasks).map(([id, task]) => ({ id, title: task.title })).sort((a, b) => a.title.localeCompare(b.title)));
  const costs = createMemo(() => actualCosts(finance().costEntries, finance().labourRecords));
  const inputs = createMemo(() => ({ budgetLines: finance().budgetLines, costs: costs(), labour: finance().labourRecords, funds: finance().fundEntries }));
  const budgetTotal = createMemo(() => sumFen(finance().budgetLines.map((line) => line.amount)));
  const series = createMemo(() => cumulativeCostSeries(costs(), budgetTotal(), { actual: t('costs.chart.actual'), budget: t('costs.chart.budget') }));
  return (
    <>
      <Show when={!canEdit()}><p role="status">{t('costs.readOnly')}</p></Show>
      <BudgetSection doc={room.doc} inputs={inputs()} categories={finance().categories} tasks={tasks()} canEdit={canEdit()} />
      <section class="finance-section" aria-labelledby="cost-chart-title">
        <h2 id="cost-chart-title">{t('costs.chart.title')}</h2>
        <Chart label={t('costs.chart.title')} series={series()} formatX={(x) => formatDay(chartXToDay(x))} formatY={(y) => formatFen(fen(Math.round(y)), language())} />
      </section>
      <Show when={canEdit()}>
        <CostEntryForm doc={room.doc} today={todayIso()} categories={finance().categories} tasks={tasks()} />
      </Show>
      <CostList costs={costs()} categories={finance().categories} tasks={tasks()} />
    </>
  );
}

function todayIso(): IsoDay {
  const now = Date.now();
  return localIsoDay(now, new Date(now).getTimezoneOffset());
}
