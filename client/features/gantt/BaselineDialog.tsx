// Saving a baseline asks for its name ("Contract plan", "Re-plan after the rains"), with a numbered
// name proposed; a blank or over-long name is refused next to the field and nothing is saved.
import { Show, createSignal } from 'solid-js';
import { MAX_NAME_LENGTH } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { Modal } from '../../ui/Modal';

export function BaselineDialog(props: { proposed: string; onSave: (name: string) => boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = createSignal(props.proposed);
  const [refused, setRefused] = createSignal(false);
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const trimmed = name().trim();
    if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) {
      setRefused(true);
      return;
    }
    if (props.onSave(trimmed)) props.onClose();
  };
  return (
    <Modal labelledBy="gantt-baseline-title" onClose={props.onClose} class="gantt-baseline-dialog">
      <form class="gantt-sheet__form" onSubmit={save} novalidate>
        <h2 id="gantt-baseline-title">{t('gantt.saveBaseline')}</h2>
        <p class="gantt-sheet__facts">{t('gantt.baselineExplain')}</p>
        <label class="field">{t('gantt.baselineName')}
          <input class="input" value={name()} maxLength={MAX_NAME_LENGTH} autofocus
            aria-invalid={refused()} aria-describedby={refused() ? 'gantt-baseline-error' : undefined}
            onInput={(event) => {
              setName(event.currentTarget.value);
              setRefused(false);
            }} />
        </label>
        <Show when={refused()}>
          <p id="gantt-baseline-error" class="gantt-link-row__error" role="alert">{t('gantt.baselineNameRefused', { max: MAX_NAME_LENGTH })}</p>
        </Show>
        <div class="button-row button-row--end">
          <button type="button" class="button" onClick={() => props.onClose()}>{t('gantt.cancel')}</button>
          <button type="submit" class="button button--primary">{t('gantt.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
