// "You are invited to <workspace> as <role>": the workspace's name is known only once its document
// has synced (or if this device already holds a copy), so until then only the role is shown.
import { Show } from 'solid-js';
import type { Role } from '../../../shared/domain/access';
import type { WorkspaceId } from '../../../shared/ids';
import { workspaceRoom } from '../../../shared/schema';
import { useRoom } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { createWorkspaceStore } from '../../sync/doc-store';

export function InviteSummary(props: { workspaceId: WorkspaceId; role: Role }) {
  const { t } = useI18n();
  const room = useRoom(workspaceRoom(props.workspaceId));
  const records = createWorkspaceStore(room.doc);
  return (
    <Show when={records.name !== ''} fallback={<p data-testid="invite-summary">{t('join.invitedUnnamed', { role: t(`role.${props.role}`) })}</p>}>
      <p data-testid="invite-summary">{t('join.invited', { workspace: records.name, role: t(`role.${props.role}`) })}</p>
    </Show>
  );
}
