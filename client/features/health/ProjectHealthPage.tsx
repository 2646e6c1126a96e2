// A project's health page (#/w/<ws>/p/<project>/health): trends from the relay's metrics snapshots,
// one point per day — burn-up, planned vs actual progress, the overdue trend, and for people with
// finance access cost vs budget, earned value (when the snapshots carry it) and the cash balance.
// The finance room's figures are asked for only by those people; the relay refuses everyone else.
import { Show, createMemo, createSignal, onCleanup } from 'solid-js';
import type { ProjectId } from '../../../shared/ids';
import { financeRoom, projectRoom } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createLoad } from './create-load';
import { HealthChartSection } from './HealthChartSection';
import { periodChartRange, periodRange, type HealthPeriod } from './health-period';
import { burnUpSeries, cashSeries, costSeries, earnedValueGap, earnedValueSeries, lastPerDay, overdueSeries, progressSeries } from './health-series';
import { LoadProblem } from './LoadProblem';
import { parseSnapshots } from './metrics-wire';
import { PeriodBar } from './PeriodBar';
import './health.css';

/** Snapshots arrive seconds after a change; a page left open picks them up this often while visible. */
const AUTO_REFRESH_MS = 60_000;

export default function ProjectHealthPage(props: { projectId: ProjectId }) {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [period, setPeriod] = createSignal<HealthPeriod>('30d');
  const signedIn = (): boolean => session.access.session() !== null;
  const canSeeFinance = (): boolean => workspace.permissions().canSeeFinance;
  const requestFor = (room: string) => () => {
    if (!signedIn()) return null;
    const range = periodRange(period(), Date.now());
    return () => session.access.api.roomMetrics(room, range.from, range.to, range.step);
  };
  const work = createLoad(requestFor(projectRoom(props.projectId)));
  const money = createLoad(() => (canSeeFinance() ? requestFor(financeRoom(props.projectId))() : null));
  const refresh = (): void => {
    work.refresh();
    money.refresh();
  };
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, AUTO_REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  const workDays = createMemo(() => lastPerDay(parseSnapshots(work.value()?.snapshots)));
  const moneyDays = createMemo(() => lastPerDay(parseSnapshots(money.value()?.snapshots)));
  const burnUp = createMemo(() => burnUpSeries(workDays(), { total: t('health.burnUp.total'), done: t('health.burnUp.done') }));
  const progress = createMemo(() => progressSeries(workDays(), { planned: t('health.progress.planned'), actual: t('health.progress.actual'), tasksDone: t('health.progress.tasksDone') }));
  const overdue = createMemo(() => overdueSeries(workDays(), { overdue: t('health.overdue.overdue'), lateCritical: t('health.overdue.lateCritical') }));
  const cost = createMemo(() => costSeries(moneyDays(), { budget: t('health.cost.budget'), actual: t('health.cost.actual') }));
  const earned = createMemo(() => earnedValueSeries(moneyDays(), { pv: t('health.evm.pv'), ev: t('health.evm.ev'), ac: t('health.evm.ac') }));
  const cash = createMemo(() => cashSeries(moneyDays(), { balance: t('health.cash.balance'), cashIn: t('health.cash.in'), cashOut: t('health.cash.out') }));
  const xRange = createMemo(() => periodChartRange(period(), Date.now()));
  const forecast = createMemo(() => workDays().at(-1)?.schedule?.forecastFinish ?? null);
  const loading = (): boolean => work.state().status === 'loading' || money.state().status === 'loading';
  const project = () => workspace.records.projects[props.projectId];

  return (
    <>
      <AppHeader />
      <main id="main" class="health-page">
        <a class="back-link" href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('health.back')}>←</a>
        <p class="eyebrow">{project()?.name ?? ''}</p>
        <h1 class="page-title">{t('health.title')}</h1>
        <PeriodBar period={period()} onPeriod={setPeriod} onRefresh={refresh} loading={loading()} />
        <p class="muted">{t('health.source')} {t('health.chartHelp')}</p>
        <LoadProblem state={work.state()} signedIn={signedIn()} testId="health-problem" />
        <div class="health-grid">
          <HealthChartSection id="burn-up" title={t('health.burnUp.title')} format="count" series={burnUp()} xRange={xRange()} />
          <HealthChartSection id="progress" title={t('health.progress.title')} format="percent" series={progress()} xRange={xRange()}>
            <Show when={forecast()} keyed>{(day) => <p class="muted" data-testid="health-forecast">{t('health.forecast', { day: formatDay(day) })}</p>}</Show>
          </HealthChartSection>
          <HealthChartSection id="overdue" title={t('health.overdue.title')} format="count" series={overdue()} xRange={xRange()} />
        </div>
        <Show when={canSeeFinance()} fallback={<p class="muted" role="status" data-testid="health-finance-hidden">{t('health.finance.hidden')}</p>}>
          <h2 class="health-heading">{t('health.finance.heading')}</h2>
          <LoadProblem state={money.state()} signedIn={true} testId="health-finance-problem" />
          <div class="health-grid">
            <HealthChartSection id="cost" title={t('health.cost.title')} format="money" series={cost()} xRange={xRange()} />
            <HealthChartSection id="evm" title={t('health.evm.title')} format="money" series={earned()} xRange={xRange()}>
              <Show when={earnedValueGap(moneyDays())} keyed>{(gap) => <p class="muted" data-testid="health-evm-gap">{t(`health.evm.${gap}`)}</p>}</Show>
            </HealthChartSection>
            <HealthChartSection id="cash" title={t('health.cash.title')} format="money" series={cash()} xRange={xRange()} />
          </div>
        </Show>
      </main>
    </>
  );
}
