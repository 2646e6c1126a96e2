// The team's health page (#/w/<ws>/health), for managers, admins and the owner: activity rate,
// satisfaction, error rate and member count per day from the relay's team figures, the survey's
// comments (admins and the owner only; Refresh reloads them with the figures), and the printable
// quarter review (系统健康度评估) below.
// Everyone else is told who may see it, and nothing is asked of the relay.
import { Show, createMemo, createSignal } from 'solid-js';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createLoad } from './create-load';
import { HealthChartSection } from './HealthChartSection';
import { periodChartRange, periodDays, type HealthPeriod } from './health-period';
import { LoadProblem } from './LoadProblem';
import { PeriodBar } from './PeriodBar';
import { QuarterSummary } from './QuarterSummary';
import { SurveyComments } from './SurveyComments';
import { canSeeTeamHealth } from './team-access';
import { useFetchTeamMetrics } from './team-metrics-api';
import { activitySeries, errorRateSeries, memberCountSeries, satisfactionSeries } from './team-series';
import './health.css';

export default function TeamHealthPage() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const signedIn = (): boolean => session.access.session() !== null;
  const allowed = (): boolean => canSeeTeamHealth(workspace.role());
  // Refresh presses, so the comments reload with the figures
  const [refreshes, setRefreshes] = createSignal(0);
  return (
    <>
      <AppHeader />
      <main id="main" class="health-page">
        <div class="health-no-print">
          <a class="back-link" href={formatRoute({ kind: 'workspace', workspaceId: workspace.workspaceId })} aria-label={t('health.backToWorkspace')}>←</a>
          <p class="eyebrow">{workspace.records.name}</p>
          <h1 class="page-title">{t('health.teamTitle')}</h1>
        </div>
        <Show when={signedIn()} fallback={<p class="banner" role="status" data-testid="team-health-problem">{t('health.signedOut')}</p>}>
          <Show when={allowed()} fallback={<p class="banner" role="status" data-testid="team-health-problem">{t('health.error.not-a-manager')}</p>}>
            <TeamCharts onRefresh={() => setRefreshes((count) => count + 1)} />
            <SurveyComments refreshes={refreshes()} />
            <QuarterSummary />
          </Show>
        </Show>
      </main>
    </>
  );
}

function TeamCharts(props: { onRefresh: () => void }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const fetchTeamMetrics = useFetchTeamMetrics();
  const [period, setPeriod] = createSignal<HealthPeriod>('30d');
  const team = createLoad(() => {
    const { from, to } = periodDays(period(), Date.now());
    return () => fetchTeamMetrics(workspace.workspaceId, from, to);
  });
  const days = createMemo(() => team.value()?.days ?? []);
  const xRange = createMemo(() => periodChartRange(period(), Date.now()));
  const activity = createMemo(() => activitySeries(days(), t('health.team.activity.rate')));
  const satisfaction = createMemo(() => satisfactionSeries(days(), t('health.team.satisfaction.score')));
  const errors = createMemo(() => errorRateSeries(days(), t('health.team.errors.rate')));
  const memberCounts = createMemo(() => memberCountSeries(days(), t('health.team.memberCount.count')));
  return (
    <section class="health-no-print" aria-labelledby="team-health-title">
      <h2 id="team-health-title" class="health-heading">{t('health.team.title')}</h2>
      <PeriodBar period={period()} onPeriod={setPeriod} onRefresh={() => {
        team.refresh();
        props.onRefresh();
      }} loading={team.state().status === 'loading'} />
      <LoadProblem state={team.state()} signedIn={true} testId="team-health-problem" />
      <Show when={team.value()} keyed>{(value) => <p class="muted" data-testid="team-members">{t('health.team.members', { count: value.members })}</p>}</Show>
      <div class="health-grid">
        <HealthChartSection id="team-activity" title={t('health.team.activity.title')} format="rate" series={activity()} xRange={xRange()} />
        <HealthChartSection id="team-satisfaction" title={t('health.team.satisfaction.title')} format="score" series={satisfaction()} xRange={xRange()} />
        <HealthChartSection id="team-errors" title={t('health.team.errors.title')} format="ratio" series={errors()} xRange={xRange()} />
        <HealthChartSection id="team-member-count" title={t('health.team.memberCount.title')} format="count" series={memberCounts()} xRange={xRange()} />
      </div>
    </section>
  );
}
