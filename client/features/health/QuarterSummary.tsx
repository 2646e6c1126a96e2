// The quarter's system health review (系统健康度评估), laid out to print: the team's activity rate,
// satisfaction and error rate over the quarter, and each active project's figures at its last
// snapshot of the quarter. Print (window.print) prints this section alone: health.css hides the
// app's header, toolbars, charts and notices under @media print. The team's figures and the project
// lines export as .csv / .xlsx (quarter-summary-export.ts); each project line reports its figures up
// as they load, so the export holds what the page shows.
import { For, Show, createEffect, createMemo, createSignal } from 'solid-js';
import { summarizeTeamQuarter } from '../../../shared/domain/metrics/team-quarter';
import { compareRanks } from '../../../shared/rank';
import type { ProjectId } from '../../../shared/ids';
import { financeRoom, projectRoom } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createWorkspaceCalendar } from '../gantt/create-workspace-calendar';
import { createLoad } from './create-load';
import { formatFigure, type FigureFormat } from './health-format';
import { chinaDay, previousQuarter, quarterDays, quarterOf, quarterRange, type Quarter } from './health-period';
import { healthErrorKey } from './health-errors';
import { LoadProblem } from './LoadProblem';
import { parseSnapshots } from './metrics-wire';
import { TableExport } from '../costs/TableExport';
import { summarizeProject, type ProjectSummary } from './quarter-summary';
import { projectSummaryExportTable, teamSummaryExportTable } from './quarter-summary-export';
import { useFetchTeamMetrics } from './team-metrics-api';

type QuarterChoice = 'current' | 'previous';

export function QuarterSummary() {
  const { t, language, formatDay, formatDateTime } = useI18n();
  const workspace = useWorkspace();
  const fetchTeamMetrics = useFetchTeamMetrics();
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const [choice, setChoice] = createSignal<QuarterChoice>('current');
  const today = chinaDay(Date.now());
  const quarter = createMemo<Quarter>(() => (choice() === 'current' ? quarterOf(today) : previousQuarter(quarterOf(today))));
  const days = createMemo(() => quarterDays(quarter(), today));
  const team = createLoad(() => {
    const { from, to } = days();
    return () => fetchTeamMetrics(workspace.workspaceId, from, to);
  });
  const summary = createMemo(() => {
    const value = team.value();
    return value === null ? null : summarizeTeamQuarter(value.days, calendar());
  });
  const projects = createMemo(() =>
    Object.values(workspace.records.projects).filter((project) => !project.archived).sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)),
  );
  /** Each project line's figures as its line shows them (a line reports them as they load). */
  const [lines, setLines] = createSignal<ReadonlyMap<ProjectId, ProjectSummary>>(new Map());
  const setLine = (id: ProjectId, line: ProjectSummary): void => void setLines((known) => new Map(known).set(id, line));
  const exportName = (): string => `${t('health.summary.title')} ${quarterName(quarter())}`;
  const quarterName = (q: Quarter): string => t('health.summary.quarterName', { year: q.year, quarter: q.quarter });
  const figure = (value: number | null | undefined, format: FigureFormat): string => (value === null || value === undefined ? t('health.noValue') : formatFigure(value, format, language()));
  return (
    <section class="health-summary" aria-labelledby="health-summary-title" data-testid="health-summary">
      <div class="health-summary__head">
        <div>
          <h2 id="health-summary-title">{t('health.summary.title')}</h2>
          <p data-testid="summary-quarter">
            <strong>{quarterName(quarter())}</strong> · {t('health.summary.days', { from: formatDay(days().from), to: formatDay(days().to) })}
          </p>
          <p class="muted">{workspace.records.name} · {t('health.summary.prepared', { time: formatDateTime(Date.now()) })}</p>
        </div>
        <div class="health-toolbar">
          <label class="health-toolbar__field">
            <span>{t('health.summary.quarter')}</span>
            <select value={choice()} onChange={(event) => setChoice(event.currentTarget.value === 'previous' ? 'previous' : 'current')}>
              <option value="current">{quarterName(quarterOf(today))}</option>
              <option value="previous">{quarterName(previousQuarter(quarterOf(today)))}</option>
            </select>
          </label>
          <button type="button" class="button button--primary" onClick={() => window.print()}>{t('health.summary.print')}</button>
        </div>
      </div>
      <LoadProblem state={team.state()} signedIn={true} testId="summary-problem" />
      <h3>{t('health.summary.team')}</h3>
      <table class="health-table" data-testid="summary-team">
        <tbody>
          <SummaryRow label={t('health.summary.activity')} value={figure(summary()?.activityRate, 'rate')} />
          <SummaryRow label={t('health.summary.activeDays')} value={summary() === null ? t('health.noValue') : `${summary()?.activeDays ?? 0} / ${summary()?.countedDays ?? 0}`} />
          <SummaryRow label={t('health.summary.edits')} value={figure(summary()?.edits, 'count')} />
          <SummaryRow label={t('health.summary.satisfaction')} value={figure(summary()?.satisfaction, 'score')} />
          <SummaryRow label={t('health.summary.errorRate')} value={figure(summary()?.errorsPerActiveSession, 'ratio')} />
          <SummaryRow label={t('health.summary.errors')} value={figure(summary()?.errors, 'count')} />
        </tbody>
      </table>
      <TableExport label={t('health.summary.exportTeam')} fileName={`${exportName()} ${t('health.summary.team')}`} table={() => teamSummaryExportTable(summary(), {
        figure: t('health.summary.figure'), value: t('health.summary.value'), activityPercent: t('health.summary.activityPercent'),
        activeDays: t('health.summary.activeDaysOnly'), countedDays: t('health.summary.countedDays'), edits: t('health.summary.edits'),
        satisfaction: t('health.summary.satisfaction'), errorRate: t('health.summary.errorRate'), errors: t('health.summary.errors'),
      })} />
      <h3>{t('health.summary.projects')}</h3>
      <Show when={projects().length > 0} fallback={<p class="muted">{t('health.summary.noProjects')}</p>}>
        <div class="health-table-wrap">
          <table class="health-table" data-testid="summary-projects">
            <thead>
              <tr>
                <th scope="col">{t('health.summary.project')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.tasks')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.overdue')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.progress')}</th>
                <th scope="col">{t('health.summary.forecast')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.budget')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.actual')}</th>
                <th scope="col" class="health-table__number">{t('health.summary.cash')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={projects()}>{(project) => <ProjectRow id={project.id} name={project.name} quarter={quarter()} onFigures={(line) => setLine(project.id, line)} />}</For>
            </tbody>
          </table>
        </div>
        <TableExport label={t('health.summary.exportProjects')} fileName={`${exportName()} ${t('health.summary.projects')}`} table={() => projectSummaryExportTable(
          projects().map((project) => ({ name: project.name, summary: lines().get(project.id) ?? null })),
          [t('health.summary.project'), t('health.summary.asOfColumn'), t('health.summary.tasksDone'), t('health.summary.tasksAll'), t('health.summary.overdue'),
            t('health.summary.plannedPercent'), t('health.summary.actualPercent'), t('health.summary.forecast'), t('health.summary.budgetYuan'),
            t('health.summary.actualYuan'), t('health.summary.cashYuan')],
        )} />
      </Show>
    </section>
  );
}

function SummaryRow(props: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td class="health-table__number">{props.value}</td>
    </tr>
  );
}

/** One project's line: its own two calls, so a refused or slow project never holds up the others. */
function ProjectRow(props: { id: ProjectId; name: string; quarter: Quarter; onFigures: (line: ProjectSummary) => void }) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const call = (room: string) => () => {
    const range = quarterRange(props.quarter);
    return () => session.access.api.roomMetrics(room, range.from, range.to, range.step);
  };
  const work = createLoad(call(projectRoom(props.id)));
  const money = createLoad(() => (workspace.permissions().canSeeFinance ? call(financeRoom(props.id))() : null));
  const row = createMemo(() => summarizeProject(parseSnapshots(work.value()?.snapshots), parseSnapshots(money.value()?.snapshots)));
  createEffect(() => props.onFigures(row()));
  const figure = (value: number | null | undefined, format: FigureFormat): string => (value === null || value === undefined ? t('health.noValue') : formatFigure(value, format, language()));
  const problem = (): string | null => {
    const state = work.state();
    return state.status === 'failed' ? t(healthErrorKey(state.error, state.code), { code: state.error }) : null;
  };
  return (
    <tr data-testid="summary-project">
      <th scope="row">
        {props.name}
        <Show when={row().asOf} keyed fallback={<span class="muted"> · {problem() ?? t('health.summary.noSnapshot')}</span>}>
          {(day) => <span class="muted"> · {t('health.summary.asOf', { day: formatDay(day) })}</span>}
        </Show>
      </th>
      <td class="health-table__number" data-testid="summary-tasks">{row().tasks === null ? t('health.noValue') : `${row().tasks?.done ?? 0} / ${row().tasks?.total ?? 0}`}</td>
      <td class="health-table__number">{figure(row().tasks?.overdue, 'count')}</td>
      <td class="health-table__number">{`${figure(row().schedule?.plannedPercent, 'percent')} / ${figure(row().schedule?.actualPercent, 'percent')}`}</td>
      <td>{row().schedule?.forecastFinish ? formatDay(row().schedule?.forecastFinish ?? '') : t('health.noValue')}</td>
      <td class="health-table__number">{figure(row().finance?.budget, 'money')}</td>
      <td class="health-table__number">{figure(row().finance?.actual, 'money')}</td>
      <td class="health-table__number">{figure(row().finance?.cashBalance, 'money')}</td>
    </tr>
  );
}
