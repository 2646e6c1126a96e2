// A labour record deleted on one device while another signed it: it still counts (signed work is never
// lost to a merge), and says so with who did what; a finance writer keeps it or deletes it again. If an
// edit merged in since voided that sign-off, it shows all the same, counted as pending.
import { Show } from 'solid-js';
import type * as Y from 'yjs';
import type { LabourDeleteConflict, LabourRecord } from '../../../shared/domain/finance';
import { deleteSignedLabourAgain, keepDeletedLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function DeleteConflict(props: {
  doc: Y.Doc; record: LabourRecord; conflict: LabourDeleteConflict; canDecide: boolean;
  described: { name: string; day: string; amount: string }; beforeWrite?: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const memberName = (id: string | null): string => (id === null ? undefined : workspace.records.members[id]?.name) ?? t('labour.records.someone');
  const keep = (): void => {
    props.beforeWrite?.();
    if (session.report(keepDeletedLabour(props.doc, props.record.id, session.origin))) session.notices.show(t('labour.records.kept', props.described), 'info');
  };
  const deleteAgain = (): void => {
    if (!window.confirm(t('labour.records.deleteAgainConfirm', props.described))) return;
    props.beforeWrite?.();
    if (session.report(deleteSignedLabourAgain(props.doc, props.record.id, session.identity().id, Date.now(), session.origin))) {
      session.notices.show(t('labour.records.deleted', props.described), 'info');
    }
  };
  return (
    <>
      <span class="labour-records__voided" role="note">
        {props.record.signOffVoided
          ? t('labour.records.deleteConflictVoided', { deleter: memberName(props.conflict.deletedBy) })
          : t('labour.records.deleteConflict', { deleter: memberName(props.conflict.deletedBy), signer: memberName(props.record.signedBy) })}
      </span>
      <Show when={props.canDecide}>
        <span class="labour-records__actions">
          <button type="button" class="button" aria-label={t('labour.records.keepOne', props.described)} onClick={keep}>{t('labour.records.keep')}</button>
          <button type="button" class="button button--danger" aria-label={t('labour.records.deleteAgainOne', props.described)} onClick={deleteAgain}>{t('labour.records.deleteAgain')}</button>
        </span>
      </Show>
    </>
  );
}
