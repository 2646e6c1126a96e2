// The import screen: choose or drop a file (read in a worker), say what it holds — a schedule, day
// labour or costs (the finance kinds only for people with finance rights; a link to one for someone
// else says why) — then check the mapping and the preview of that kind and confirm. Undo in the header
// belongs to the chosen kind's document.
import { Match, Show, Switch, createMemo, createSignal, onCleanup } from 'solid-js';
import type { ProjectId } from '../../../shared/ids';
import { projectRoom } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { createHashRoute } from '../../app/hash-route';
import { formatRoute } from '../../app/routes';
import { useRoom } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { UndoButtons } from '../../ui/UndoButtons';
import type { Undo } from '../../undo/create-undo';
import { ScheduleExportButtons } from '../export/ScheduleExportButtons';
import { CostImport } from './CostImport';
import { FilePicker } from './FilePicker';
import { chooseKind, offeredKinds, type ImportKind } from './import-kind';
import { ImportKindPicker } from './ImportKindPicker';
import { LabourImport } from './LabourImport';
import type { OpenedFile } from './open-import-file';
import { ScheduleImport } from './ScheduleImport';
import './import.css';

export default function ImportPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const [opened, setOpened] = createSignal<OpenedFile | null>(null);
  // one worker per file: the one before ends when another is chosen or the page is left
  const open = (file: OpenedFile): void => { opened()?.close(); setOpened(file); };
  onCleanup(() => opened()?.close());
  const workbook = () => opened()?.workbook ?? null;
  const [picked, setPicked] = createSignal<ImportKind | null>(null);
  const [undo, setUndo] = createSignal<Undo | null>(null);
  // `#/…/import/labour` and `…/import/costs` open on that kind; read here, so the shell stays as it is.
  const hashRoute = createHashRoute();
  const asked = (): ImportKind => { const current = hashRoute(); return current.kind === 'import' ? (current.sheet ?? 'schedule') : 'schedule'; };
  const canSeeFinance = () => workspace.permissions().canSeeFinance;
  const choice = createMemo(() => chooseKind(picked() ?? asked(), canSeeFinance()));
  const kind = () => choice().kind;
  const route = (target: 'project') => formatRoute({ kind: target, workspaceId: workspace.workspaceId, projectId: props.projectId });

  return (
    <>
      <AppHeader>
        <a class="icon-button" href={route('project')} aria-label={t('import.toBoard')} title={t('import.toBoard')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{workspace.records.projects[props.projectId]?.name ?? ''}</h1>
        <Show when={undo()}>{(current) => <UndoButtons undo={current()} />}</Show>
      </AppHeader>
      <main id="main" class="page stack import-page">
        <h2>{t(`import.title.${kind()}`)}</h2>
        <Show when={choice().refused}><p class="import-warning" role="note" data-testid="import-finance-refused">{t('import.kind.refused')}</p></Show>
        <Show when={offeredKinds(canSeeFinance()).length > 1}>
          <ImportKindPicker kinds={offeredKinds(canSeeFinance())} value={kind()} onChange={setPicked} />
        </Show>
        <FilePicker onOpened={open} />
        <ScheduleExportButtons projectId={props.projectId} projectDoc={room.doc} />
        <Switch>
          <Match when={kind() === 'schedule'}><ScheduleImport projectId={props.projectId} file={opened()} onUndo={setUndo} /></Match>
          <Match when={kind() === 'labour'}><LabourImport projectId={props.projectId} workbook={workbook()} onUndo={setUndo} /></Match>
          <Match when={kind() === 'costs'}><CostImport projectId={props.projectId} workbook={workbook()} onUndo={setUndo} /></Match>
        </Switch>
      </main>
    </>
  );
}
