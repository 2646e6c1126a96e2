// The period choice and the refresh button shared by both health pages, with the load's status line.
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { HEALTH_PERIODS, isHealthPeriod, type HealthPeriod } from './health-period';

export function PeriodBar(props: { period: HealthPeriod; onPeriod: (period: HealthPeriod) => void; onRefresh: () => void; loading: boolean }) {
  const { t } = useI18n();
  return (
    <div class="health-toolbar">
      <label class="health-toolbar__field">
        <span>{t('health.period')}</span>
        <select value={props.period} onChange={(event) => isHealthPeriod(event.currentTarget.value) && props.onPeriod(event.currentTarget.value)}>
          <For each={HEALTH_PERIODS}>{(period) => <option value={period}>{t(`health.period.${period}`)}</option>}</For>
        </select>
      </label>
      <button type="button" class="button" onClick={() => props.onRefresh()} aria-busy={props.loading}>{t('health.refresh')}</button>
      <Show when={props.loading}>
        <span class="muted" role="status">{t('health.loading')}</span>
      </Show>
    </div>
  );
}
