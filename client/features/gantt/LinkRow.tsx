// One link in the task sheet: its two tasks, its type (FS/SS/FF/SF) and lag in working days
// (negative = a lead), both changed in place with updateLink, and a remove button. A lag that isn't
// a whole number within the limit is refused with the reason next to the field; nothing is written.
import { For, Show, createSignal } from 'solid-js';
import { LINK_TYPES, type LinkType } from '../../../shared/domain/schedule/schedule-types';
import type { TaskLink } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { useGantt } from './gantt-context';
import { parseLag, type LagProblem } from './link-edit';

export function LinkRow(props: { link: TaskLink }) {
  const { t } = useI18n();
  const gantt = useGantt();
  const [problem, setProblem] = createSignal<LagProblem | null>(null);
  const names = () => ({ from: gantt.task(props.link.from)?.title ?? '', to: gantt.task(props.link.to)?.title ?? '', type: props.link.type });
  const errorId = `link-lag-error-${props.link.id}`;
  const changeType = (type: LinkType): void => {
    if (type !== props.link.type) gantt.updateLink(props.link.id, { type });
  };
  const changeLag = (input: HTMLInputElement): void => {
    const lag = parseLag(input.value);
    if (!lag.ok) {
      setProblem(lag.reason);
      return;
    }
    setProblem(null);
    input.value = String(lag.value);
    if (lag.value !== props.link.lag) gantt.updateLink(props.link.id, { lag: lag.value });
  };
  return (
    <li class="gantt-link-row" data-testid="link-row" data-link-id={props.link.id}>
      <span class="gantt-link-row__names">{t('gantt.linkPair', names())}</span>
      <label class="gantt-link-row__field">
        <span>{t('gantt.linkType')}</span>
        <select class="select" value={props.link.type} disabled={!gantt.canEdit()} aria-label={t('gantt.linkTypeOf', names())}
          onChange={(event) => changeType(LINK_TYPES.find((type) => type === event.currentTarget.value) ?? props.link.type)}>
          <For each={LINK_TYPES}>{(type) => <option value={type}>{t(`gantt.linkType.${type}`)}</option>}</For>
        </select>
      </label>
      <label class="gantt-link-row__field">
        <span>{t('gantt.lag')}</span>
        <input class="input gantt-link-row__lag" type="text" inputmode="numeric" value={String(props.link.lag)} disabled={!gantt.canEdit()}
          aria-label={t('gantt.lagOf', names())} aria-invalid={problem() !== null} aria-describedby={problem() !== null ? errorId : undefined}
          onChange={(event) => changeLag(event.currentTarget)}
          onKeyDown={(event) => {
            // Enter applies the lag here instead of submitting the sheet's form
            if (event.key === 'Enter') {
              event.preventDefault();
              changeLag(event.currentTarget);
            }
          }} />
      </label>
      <Show when={gantt.canEdit()}>
        <button type="button" class="button button--quiet" aria-label={t('gantt.removeLink', names())} onClick={() => gantt.unlink(props.link.id)}>{t('gantt.remove')}</button>
      </Show>
      <Show when={problem()}>
        {(reason) => <p class="gantt-link-row__error" id={errorId} role="alert">{t(`gantt.${reason()}`)}</p>}
      </Show>
    </li>
  );
}
