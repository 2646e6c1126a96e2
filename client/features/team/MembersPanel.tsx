// The workspace's members as the relay knows them, with their roles. Owners and admins change roles
// (only to roles canAssignRole allows) and remove people after a confirmation. The list exports as
// .csv / .xlsx (members-export.ts).
import { For, Show, createResource } from 'solid-js';
import type { Role } from '../../../shared/domain/access';
import { isRole } from '../../../shared/domain/access';
import type { TeamMember } from '../../access/access-api';
import { accessErrorKey } from '../../access/access-errors';
import { assignableRoles, canChangeMember } from '../../access/permissions';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { localIsoDay } from '../../../shared/iso-day';
import { TableExport } from '../costs/TableExport';
import { membersExportTable } from './members-export';

export function MembersPanel(props: { actor: Role }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [members, { refetch }] = createResource(async () => {
    const result = await session.access.api.members(workspace.workspaceId);
    if (!result.ok) session.notices.show(t(accessErrorKey(result.error)), 'error');
    return result.ok ? result.value.members : [];
  });
  const me = () => session.access.session()?.userId;
  const settle = (result: { ok: true } | { ok: false; error: string }, success: string): void => {
    session.notices.show(result.ok ? success : t(accessErrorKey(result.error)), result.ok ? 'info' : 'error');
    void refetch();
  };
  const changeRole = async (member: TeamMember, value: string): Promise<void> => {
    if (!isRole(value) || value === member.role) return;
    const result = await session.access.api.setRole(workspace.workspaceId, member.userId, value);
    settle(result.ok ? { ok: true } : result, t('team.roleChanged'));
  };
  const remove = async (member: TeamMember): Promise<void> => {
    if (!confirm(t('team.confirmRemove', { name: member.name }))) return;
    const result = await session.access.api.removeMember(workspace.workspaceId, member.userId);
    settle(result.ok ? { ok: true } : result, t('team.removed', { name: member.name }));
  };
  return (
    <section class="panel" aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('team.members')}</h2>
      <Show when={members()} fallback={<p class="muted">{t('app.loading')}</p>}>
        {(list) => (
          <ul class="team-list" data-testid="team-members">
            <For each={list()}>
              {(member) => (
                <li class="team-row" data-testid="team-member">
                  <span class="team-row__name">{member.userId === me() ? t('team.you', { name: member.name }) : member.name}</span>
                  <Show
                    when={member.userId !== me() && canChangeMember(props.actor, member.role)}
                    fallback={<span class="muted">{t(`role.${member.role}`)}</span>}
                  >
                    <select class="select select--compact" aria-label={t('team.roleOf', { name: member.name })} value={member.role} onChange={(event) => void changeRole(member, event.currentTarget.value)}>
                      <For each={assignableRoles(props.actor, member.role)}>{(role) => <option value={role}>{t(`role.${role}`)}</option>}</For>
                    </select>
                    <button type="button" class="button button--danger" onClick={() => void remove(member)}>{t('team.remove', { name: member.name })}</button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
      <Show when={(members() ?? []).length > 0}>
        <TableExport label={t('team.export')} fileName={`${workspace.records.name} ${t('team.exportFile')}`.trim()} table={() => membersExportTable(members() ?? [], {
          headers: [t('team.export.name'), t('team.export.role'), t('team.export.since')], role: (role) => t(`role.${role}`),
          dayOf: (epochMs) => localIsoDay(epochMs, new Date(epochMs).getTimezoneOffset()),
        })} />
      </Show>
    </section>
  );
}
