// The invite link: the workspace's own address. Copy falls back to selecting the text where the
// clipboard API is unavailable (plain http on a site LAN).
import { inviteUrl } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function InviteCard() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const link = () => inviteUrl(location.origin, location.pathname, workspace.workspaceId);
  let field: HTMLInputElement | undefined;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link());
      session.notices.show(t('home.copied'));
    } catch {
      field?.select();
    }
  };
  return (
    <section class="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('home.invite')}</h2>
      <p class="muted">{t('home.inviteHelp')}</p>
      <div class="inline-form">
        <input ref={field} class="input" readOnly value={link()} aria-label={t('home.inviteLink')} data-testid="invite-link" onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="button button--primary" onClick={() => void copy()}>{t('home.copy')}</button>
      </div>
    </section>
  );
}
