// Says when the schedule runs into a year the China holiday preset holds no official arrangement
// for (the State Council publishes each year's in the autumn before, after this build may have been
// made), so the team enters that year's days off themselves instead of trusting wrong working days.
import { Show, createMemo } from 'solid-js';
import type * as Y from 'yjs';
import { formatYears, yearsWithoutArrangement } from '../../../shared/domain/calendar/preset-coverage';
import { readCalendarSettings } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { createTransactionCount } from './create-transaction-count';
import { useGantt } from './gantt-context';

export function PresetGapNote(props: { workspaceDoc: Y.Doc }) {
  const { t } = useI18n();
  const gantt = useGantt();
  const changes = createTransactionCount(props.workspaceDoc);
  const years = createMemo(() => {
    changes();
    const result = gantt.schedule.result();
    const forecast = gantt.schedule.risks()?.forecastFinish ?? null;
    const last = forecast !== null && forecast > result.projectFinish ? forecast : result.projectFinish;
    return formatYears(yearsWithoutArrangement(readCalendarSettings(props.workspaceDoc), result.projectStart, last));
  });
  return (
    <Show when={years() !== ''}>
      {/* one short line, the steps folded: on a phone the long text took the rows' height away */}
      <div class="banner banner--warning preset-gap" role="status" data-testid="preset-gap">
        <span>{t('gantt.calendar.presetGap', { years: years() })}</span>
        <details>
          <summary>{t('gantt.calendar.presetGapHow')}</summary>
          <p>{t('gantt.calendar.presetGapSteps')}</p>
        </details>
      </div>
    </Show>
  );
}
