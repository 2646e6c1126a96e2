// Asks before a robot is deleted, naming it: its settings and delivery log go, the chat keeps what it
// posted. Cancel has the focus, so Enter or Escape right away deletes nothing.
import { createSignal } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { Modal } from '../../ui/Modal';

export function RobotDeleteDialog(props: { robotId: string; name: string; onConfirm: () => Promise<void>; onClose: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const titleId = () => `robot-${props.robotId}-delete-title`;
  const confirm = async (): Promise<void> => {
    setBusy(true);
    await props.onConfirm();
    setBusy(false);
  };
  return (
    <Modal labelledBy={titleId()} onClose={props.onClose}>
      <div class="stack">
        <h2 id={titleId()}>{t('robots.confirmDelete.title', { name: props.name })}</h2>
        <p>{t('robots.confirmDelete.body')}</p>
        <div class="button-row button-row--end">
          <button type="button" class="button" autofocus onClick={() => props.onClose()}>{t('robots.cancel')}</button>
          <button type="button" class="button button--danger" disabled={busy()} onClick={() => void confirm()}>{t('robots.confirmDelete.confirm', { name: props.name })}</button>
        </div>
      </div>
    </Modal>
  );
}
