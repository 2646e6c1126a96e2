// A project's activity feed: recent changes to its cards across the team, newest first, each with
// the card's current title; a line opens its card on the board while the card still exists. The
// lines shown export as .csv / .xlsx.
import { onMount } from 'solid-js';
import type { ProjectId } from '../../../shared/ids';
import { projectRoom } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { createHistory } from './create-history';
import { buildHistoryLines, type HistoryLine } from './history-lines';
import { HistoryPanel } from './HistoryPanel';
import { makeProjectHistoryLoader } from './project-history-loader';

/** A feed longer than this is more scrolling than reading; the panel says how much is shown. */
const MAX_FEED_LINES = 300;

export default function ActivityPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const records = createProjectStore(room.doc);
  const history = createHistory({ room, loader: makeProjectHistoryLoader(session, room, records), signedIn: () => session.access.session() !== null });
  onMount(() => history.load());
  const board = formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId });
  const cardHeader = (line: HistoryLine) => {
    const task = records.tasks[line.taskId];
    return task === undefined
      ? <p class="history-line__card muted">{t('history.deletedCard')}</p>
      : (
        <p class="history-line__card">
          <a href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId, cardId: line.taskId })} aria-label={t('card.open', { title: task.title })}>{task.title}</a>
        </p>
      );
  };
  return (
    <>
      <AppHeader>
        <a class="icon-button" href={board} aria-label={t('history.backToBoard')} title={t('history.backToBoard')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{workspace.records.projects[props.projectId]?.name ?? ''}</h1>
      </AppHeader>
      <main id="main" class="page page--narrow stack">
        <h2>{t('history.activityTitle')}</h2>
        <p class="muted">{t('history.activityHelp')}</p>
        <HistoryPanel
          history={history}
          maxLines={MAX_FEED_LINES}
          lineHeader={cardHeader}
          lines={(snapshot) => buildHistoryLines(snapshot.entries, { taskExists: (id) => records.tasks[id] !== undefined })}
          exportAs={{
            label: t('history.export'), fileName: `${workspace.records.projects[props.projectId]?.name ?? ''} ${t('history.activityTitle')}`.trim(),
            card: (line) => records.tasks[line.taskId]?.title ?? t('history.deletedCard'),
          }}
        />
      </main>
    </>
  );
}
