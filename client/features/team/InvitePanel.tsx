// Creates an invitation link with a role (member by default), how long it works and for how many
// people; the link is shown with a copy button, ready to send in a chat. Labels point at their
// selects by id: a wrapping label would make the chosen option part of the select's name.
import { For, Show, createSignal } from 'solid-js';
import type { Role } from '../../../shared/domain/access';
import { isRole } from '../../../shared/domain/access';
import { accessErrorKey } from '../../access/access-errors';
import { assignableRoles } from '../../access/permissions';
import { joinUrl } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { CopyField } from '../../ui/CopyField';

const EXPIRY_HOURS = [24, 168, 720] as const;
const USES = [1, 10] as const;

export function InvitePanel(props: { actor: Role }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const roles = () => assignableRoles(props.actor, null);
  const [role, setRole] = createSignal<Role>('member');
  const [hours, setHours] = createSignal<number>(168);
  const [uses, setUses] = createSignal<number>(1);
  const [created, setCreated] = createSignal<{ url: string; expiresAt: number } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const create = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await session.access.api.createInvite(workspace.workspaceId, role(), hours(), uses());
    setBusy(false);
    if (!result.ok) return session.notices.show(t(accessErrorKey(result.error)), 'error');
    setCreated({ url: joinUrl(location.origin, location.pathname, result.value.token), expiresAt: result.value.expiresAt });
  };
  return (
    <section class="panel" aria-labelledby="team-invite-title">
      <h2 id="team-invite-title">{t('team.invite')}</h2>
      <form class="stack" onSubmit={(event) => void create(event)}>
        <div class="field-row">
          <div class="field">
            <label for="invite-role">{t('team.inviteRole')}</label>
            <select id="invite-role" class="select" value={role()} onChange={(event) => isRole(event.currentTarget.value) && setRole(event.currentTarget.value)}>
              <For each={roles()}>{(option) => <option value={option}>{t(`role.${option}`)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="invite-expiry">{t('team.inviteExpiry')}</label>
            <select id="invite-expiry" class="select" value={hours()} onChange={(event) => setHours(Number(event.currentTarget.value))}>
              <For each={EXPIRY_HOURS}>{(option) => <option value={option}>{t(`team.expiry${option}`)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="invite-uses">{t('team.inviteUses')}</label>
            <select id="invite-uses" class="select" value={uses()} onChange={(event) => setUses(Number(event.currentTarget.value))}>
              <For each={USES}>{(option) => <option value={option}>{t(`team.uses${option}`)}</option>}</For>
            </select>
          </div>
        </div>
        <button type="submit" class="button button--primary" disabled={busy()}>{t('team.createInvite')}</button>
      </form>
      <Show when={created()}>
        {(invite) => (
          <div class="stack">
            <CopyField value={invite().url} label={t('team.inviteLink')} copyLabel={t('team.copy')} testId="invite-link" onCopied={() => session.notices.show(t('home.copied'))} />
            <p class="muted small">{t('team.linkValidUntil', { date: formatDateTime(invite().expiresAt) })}</p>
          </div>
        )}
      </Show>
    </section>
  );
}
