// The schedule's toolbar: zoom, 智能排程 (auto-schedule), save a named baseline and choose one to compare,
// the working calendar, the risk panel's toggle, the schedule's export, and the forecast finish, which stays in view whatever is scrolled.
import { For, Show, createSignal } from 'solid-js';
import type * as Y from 'yjs';
import type { BaselineId, ProjectId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { autoSchedule, saveBaseline, type Baseline } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ScheduleExportButtons } from '../export/ScheduleExportButtons';
import { BaselineDialog } from './BaselineDialog';
import { CalendarDialog } from './CalendarDialog';
import { useGantt } from './gantt-context';
import { ZOOMS, type Zoom } from './timeline-scale';

export function GanttToolbar(props: {
  zoom: Zoom; onZoom: (zoom: Zoom) => void; doc: Y.Doc; projectId: ProjectId; projectStart: IsoDay;
  baselines: readonly Baseline[]; baselineId: BaselineId | null; onBaseline: (id: BaselineId | null) => void;
  risksShown: boolean; onToggleRisks: () => void; loadShown: boolean; onToggleLoad: () => void; onAnnounce: (text: string) => void;
}) {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const gantt = useGantt();
  const runAutoSchedule = (): void => {
    const result = autoSchedule(props.doc, gantt.calendar(), props.projectStart, Date.now(), session.origin);
    if (!result.ok) return;
    const parts = [t('gantt.autoScheduled', { moved: result.value.moved })];
    if (result.value.violations.length > 0) parts.push(t('gantt.violations', { count: result.value.violations.length }));
    props.onAnnounce(parts.join(' '));
  };
  const [naming, setNaming] = createSignal(false);
  const [calendarOpen, setCalendarOpen] = createSignal(false);
  const runSaveBaseline = (name: string): boolean => {
    const result = saveBaseline(props.doc, { name, calendar: gantt.calendar(), projectStart: props.projectStart, savedBy: session.identity().id, now: Date.now() }, session.origin);
    if (!result.ok) return session.report(result);
    props.onBaseline(result.value);
    props.onAnnounce(t('gantt.baselineSaved', { name }));
    return true;
  };
  const risks = () => gantt.schedule.risks();
  const finishVariance = () => gantt.schedule.variance()?.projectFinishVariance ?? null;
  return (
    <div class="gantt-toolbar" role="toolbar" aria-label={t('gantt.toolbar')}>
      {/* one row that scrolls sideways on a phone, so the buttons don't take the rows' height */}
      <div class="gantt-toolbar__actions">
        <div class="button-group" role="group" aria-label={t('gantt.zoom')}>
          <For each={ZOOMS}>
            {(zoom) => (
              <button type="button" class="button" aria-pressed={props.zoom === zoom} onClick={() => props.onZoom(zoom)}>
                {t(`gantt.zoom.${zoom}`)}
              </button>
            )}
          </For>
        </div>
        <Show when={gantt.canEdit()}>
          <button type="button" class="button" onClick={runAutoSchedule}>{t('gantt.autoSchedule')}</button>
          <button type="button" class="button" onClick={() => setNaming(true)}>{t('gantt.saveBaseline')}</button>
        </Show>
        <button type="button" class="button" aria-haspopup="dialog" onClick={() => setCalendarOpen(true)}>{t('gantt.calendar.open')}</button>
        <label class="gantt-toolbar__field">
          <span>{t('gantt.compareWith')}</span>
          <select value={props.baselineId ?? ''} onChange={(event) => props.onBaseline(event.currentTarget.value === '' ? null : (event.currentTarget.value as BaselineId))}>
            <option value="">{t('gantt.noBaseline')}</option>
            <For each={props.baselines}>{(baseline) => <option value={baseline.id}>{t('gantt.baselineOption', { name: baseline.name, day: formatDay(localIsoDay(baseline.savedAt, new Date().getTimezoneOffset())) })}</option>}</For>
          </select>
        </label>
        <button type="button" class="button" aria-expanded={props.risksShown} onClick={() => props.onToggleRisks()}>
          {t('gantt.risksCount', { count: risks()?.risks.length ?? 0 })}
        </button>
        <button type="button" class="button" aria-expanded={props.loadShown} onClick={() => props.onToggleLoad()}>{t('gantt.load.title')}</button>
        <ScheduleExportButtons projectId={props.projectId} projectDoc={props.doc} />
      </div>
      <Show when={calendarOpen()}>
        <CalendarDialog onClose={() => setCalendarOpen(false)} onSaved={() => props.onAnnounce(t('gantt.calendar.saved'))} />
      </Show>
      <Show when={naming()}>
        <BaselineDialog proposed={t('gantt.baselineDefault', { n: props.baselines.length + 1 })} onSave={runSaveBaseline} onClose={() => setNaming(false)} />
      </Show>
      <p class="gantt-toolbar__finish" data-testid="forecast-finish">
        <span>{t('gantt.forecastFinish')}: </span>
        <Show when={risks()} fallback={<strong>…</strong>}>
          {(assessment) => <strong classList={{ 'gantt-late': assessment().forecastFinish > assessment().scheduledFinish }}>{formatDay(assessment().forecastFinish)}</strong>}
        </Show>
        <span class="gantt-toolbar__muted"> · {t('gantt.scheduledFinish')}: {formatDay(gantt.schedule.result().projectFinish)}</span>
        <Show when={finishVariance() !== null}>
          <span class="gantt-toolbar__muted" data-testid="finish-variance"> · {t('gantt.finishVariance', { days: signed(finishVariance() ?? 0) })}</span>
        </Show>
      </p>
    </div>
  );
}

function signed(days: number): string {
  return days > 0 ? `+${days}` : String(days);
}
