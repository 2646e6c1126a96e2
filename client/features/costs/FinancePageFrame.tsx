// The frame of the cost and funds centres: header, back to the project, the title, and the content
// only for people with finance access (others are told why, and the finance room is never opened).
import { Show, type JSX } from 'solid-js';
import type { ProjectId } from '../../../shared/ids';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import './costs.css';

export function FinancePageFrame(props: { projectId: ProjectId; title: MessageKey; noAccess: MessageKey; children: JSX.Element }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <>
      <AppHeader />
      <main id="main" class="finance-page">
        <a class="back-link" href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('costs.back')} title={t('costs.back')}>←</a>
        <h1 class="page-title">{t(props.title)}</h1>
        <Show when={workspace.permissions().canSeeFinance} fallback={<p role="status" class="finance-no-access" data-testid="finance-no-access">{t(props.noAccess)}</p>}>
          {props.children}
        </Show>
      </main>
    </>
  );
}
