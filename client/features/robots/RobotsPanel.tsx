// The team page's group robots section (DingTalk / Feishu / WeCom): admins and the owner list, add,
// edit, delete and test them; everyone else sees only that this is for admins (the relay answers
// 403 to them anyway, and no webhook ever reaches their device).
import { For, Show, createResource, createSignal } from 'solid-js';
import { accessErrorKey } from '../../access/access-errors';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { RobotForm } from './RobotForm';
import { RobotItem } from './RobotItem';
import { emptyDraft } from './robot-form-model';

export function RobotsPanel() {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <section class="panel stack" aria-labelledby="robots-title">
      <h2 id="robots-title">{t('robots.title')}</h2>
      <Show when={workspace.permissions().canManageTeam} fallback={<p data-testid="robots-only-admins">{t('robots.onlyAdmins')}</p>}>
        <RobotsList />
      </Show>
    </section>
  );
}

function RobotsList() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [robots, { refetch }] = createResource(() => session.access.api.robots(workspace.workspaceId));
  // a new form after each save, so the fields start empty again
  const [formVersion, setFormVersion] = createSignal(1);
  const changed = (): void => void refetch();
  return (
    <>
      <Show when={robots()} keyed fallback={<p class="muted">{t('robots.loading')}</p>}>
        {(value) => {
          if (!value.ok) return <p class="form-error" role="alert">{t(accessErrorKey(value.error))}</p>;
          return (
            <Show when={value.value.robots.length > 0} fallback={<p class="muted">{t('robots.empty')}</p>}>
              <ul class="stack-large" aria-label={t('robots.title')}>
                <For each={value.value.robots}>{(robot) => <RobotItem robot={robot} onChanged={changed} />}</For>
              </ul>
            </Show>
          );
        }}
      </Show>
      <h3>{t('robots.add')}</h3>
      <Show when={formVersion()} keyed>
        {(version) => <RobotForm initial={emptyDraft()} onSaved={() => { changed(); setFormVersion(version + 1); }} />}
      </Show>
    </>
  );
}
