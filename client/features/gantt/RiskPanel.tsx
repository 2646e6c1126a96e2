// Delay risks as of today, in the engine's priority order (the project finish first, then critical
// tasks, then the longest delays), each with its reasons worded in the reader's language; the list
// exports as .csv / .xlsx (risk-export.ts).
import { For, Show } from 'solid-js';
import type { DelayReason } from '../../../shared/domain/schedule/delay-risk';
import { useI18n } from '../../i18n/I18nProvider';
import { TableExport } from '../costs/TableExport';
import { useGantt } from './gantt-context';
import { riskExportTable } from './risk-export';

export function RiskPanel(props: { onClose: () => void }) {
  const { t, formatDay } = useI18n();
  const gantt = useGantt();
  const assessment = () => gantt.schedule.risks() ?? { forecastFinish: gantt.schedule.result().projectFinish, scheduledFinish: gantt.schedule.result().projectFinish, baselineFinish: null, risks: [] };
  const reasonText = (reason: DelayReason): string => {
    switch (reason.kind) {
      case 'behind-plan': return t('gantt.risk.behind-plan', { actual: reason.actualPercent, planned: reason.plannedPercent });
      case 'late-critical': return t('gantt.risk.late-critical', { days: reason.daysLate });
      case 'finish-after-schedule': return t('gantt.risk.finish-after-schedule', { days: reason.byDays });
      case 'finish-after-baseline': return t('gantt.risk.finish-after-baseline', { days: reason.byDays });
    }
  };
  return (
    <aside class="gantt-risks" aria-labelledby="gantt-risks-title" data-testid="risk-panel">
      <header class="gantt-risks__head">
        <h2 id="gantt-risks-title">{t('gantt.risks')}</h2>
        <button type="button" class="icon-button" aria-label={t('gantt.close')} onClick={() => props.onClose()}>×</button>
      </header>
      <p class="gantt-risks__finish">
        {t('gantt.forecastFinish')}: <strong>{formatDay(assessment().forecastFinish)}</strong>
        <Show when={assessment().baselineFinish}>{(day) => <> · {t('gantt.baselineFinish')}: {formatDay(day())}</>}</Show>
      </p>
      <Show when={assessment().risks.length > 0} fallback={<p>{t('gantt.noRisks')}</p>}>
        <ol class="gantt-risks__list">
          <For each={assessment().risks}>
            {(risk) => (
              <li classList={{ 'gantt-risks__item--critical': risk.critical }}>
                <strong>{risk.taskId === null ? t('gantt.risk.project') : `${gantt.codes().get(risk.taskId) ?? ''} ${gantt.task(risk.taskId)?.title ?? ''}`}</strong>
                <Show when={risk.critical && risk.taskId !== null}><span class="gantt-tag">{t('gantt.critical')}</span></Show>
                <ul><For each={risk.reasons}>{(reason) => <li>{reasonText(reason)}</li>}</For></ul>
              </li>
            )}
          </For>
        </ol>
        <TableExport label={t('gantt.risk.export')} fileName={t('gantt.risks')} table={() => riskExportTable(assessment().risks, {
          headers: [t('gantt.risk.export.code'), t('gantt.risk.export.task'), t('gantt.critical'), t('gantt.risk.export.delay'), t('gantt.risk.export.reasons')],
          project: t('gantt.risk.project'), yes: t('gantt.risk.export.yes'), codeOf: (id) => gantt.codes().get(id) ?? '', titleOf: (id) => gantt.task(id)?.title ?? '', reason: reasonText,
        })} />
      </Show>
    </aside>
  );
}
