// Undo and redo buttons for one document (the shortcuts are wired by createUndo).
import type { Undo } from '../undo/create-undo';
import { useI18n } from '../i18n/I18nProvider';

export function UndoButtons(props: { undo: Undo }) {
  const { t } = useI18n();
  return (
    <div class="button-group">
      <button type="button" class="icon-button" aria-label={t('undo.undo')} title={`${t('undo.undo')} (Ctrl+Z)`} disabled={!props.undo.canUndo()} onClick={() => props.undo.undo()}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3" /></svg>
      </button>
      <button type="button" class="icon-button" aria-label={t('undo.redo')} title={`${t('undo.redo')} (Ctrl+Shift+Z)`} disabled={!props.undo.canRedo()} onClick={() => props.undo.redo()}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3" /></svg>
      </button>
    </div>
  );
}
