// The labour page's count of records deleted on one device while signed on another, still waiting for
// Keep or Delete again, with a button per day that shows that day's list, where they are decided.
import { For, Show } from 'solid-js';
import type { LabourRecord } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { useI18n } from '../../i18n/I18nProvider';
import { deleteDecisions } from './delete-decisions';

export function DeleteDecisionsBanner(props: { records: readonly LabourRecord[]; onDay: (day: IsoDay) => void }) {
  const { t, formatDay } = useI18n();
  const waiting = () => deleteDecisions(props.records);
  return (
    <Show when={waiting().count > 0}>
      <div class="banner banner--warning" role="status" data-testid="labour-delete-decisions">
        <span>{t('labour.decisions.waiting', { count: String(waiting().count) })}</span>
        <For each={waiting().days}>
          {(day) => <button type="button" class="button" onClick={() => props.onDay(day)}>{t('labour.decisions.show', { day: formatDay(day) })}</button>}
        </For>
      </div>
    </Show>
  );
}
