// My points this week and month, the team leaderboard by week and by month (member names from the
// workspace), exported as .csv or .xlsx as shown, and the points rules in plain words from POINT_RULES.
import { For, Show, createSignal } from 'solid-js';
import { POINT_RULES, type LeaderboardRow } from '../../../shared/domain/points';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { plainTable } from '../../../shared/domain/export/plain-table';
import { TableExport } from '../costs/TableExport';
import type { PointsView } from './today-points';

type Period = 'week' | 'month';

export function PointsCard(props: { view: PointsView }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const [period, setPeriod] = createSignal<Period>('week');
  const rows = (): readonly LeaderboardRow[] => (period() === 'week' ? props.view.week : props.view.month);
  const nameOf = (row: LeaderboardRow): string => workspace.records.members[row.userId]?.name ?? t('today.points.unknownMember');
  return (
    <section class="panel stack" aria-labelledby="points-title" data-testid="points-card">
      <h2 id="points-title">{t('today.points.title')}</h2>
      <p data-testid="my-points">{t('today.points.mine', { week: props.view.myWeek, month: props.view.myMonth })}</p>
      <h3>{t('today.points.leaderboard')}</h3>
      <div role="group" aria-label={t('today.points.leaderboard')} class="inline-form">
        <button type="button" class="button" aria-pressed={period() === 'week'} onClick={() => setPeriod('week')}>{t('today.points.week')}</button>
        <button type="button" class="button" aria-pressed={period() === 'month'} onClick={() => setPeriod('month')}>{t('today.points.month')}</button>
      </div>
      <Show when={rows().length > 0} fallback={<p class="muted">{t('today.points.none')}</p>}>
        <table data-testid="leaderboard">
          <thead>
            <tr><th scope="col">{t('today.points.rank')}</th><th scope="col">{t('today.points.member')}</th><th scope="col">{t('today.points.points')}</th></tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr><td>{row.rank}</td><td>{nameOf(row)}</td><td class="numeric">{row.points}</td></tr>
              )}
            </For>
          </tbody>
        </table>
        <TableExport label={t('today.points.export')} fileName={`${t('today.points.leaderboard')} ${t(period() === 'week' ? 'today.points.week' : 'today.points.month')}`}
          table={() => plainTable([t('today.points.rank'), t('today.points.member'), t('today.points.points')], rows().map((row) => [row.rank, nameOf(row), row.points]))} />
      </Show>
      <details>
        <summary>{t('today.points.rules')}</summary>
        <ul>
          <li>{t('today.rule.checkIn', { points: POINT_RULES.checkIn })}</li>
          <li>{t('today.rule.streak', { perDay: POINT_RULES.streakBonusPerDay, max: POINT_RULES.streakBonusPerDay * POINT_RULES.streakBonusMaxDays })}</li>
          <li>{t('today.rule.taskOnTime', { points: POINT_RULES.taskOnTime, max: POINT_RULES.taskOnTimeMaxPerDay })}</li>
          <li>{t('today.rule.labour', { points: POINT_RULES.labourSignedOnTime, max: POINT_RULES.labourSignedOnTimeMaxPerDay })}</li>
          <li>{t('today.rule.noFarming')}</li>
          <li>{t('today.rule.labourFromRelay')}</li>
        </ul>
      </details>
    </section>
  );
}
