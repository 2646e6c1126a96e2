// Labour records (点工) waiting for a signature (签证) in one project, for people with finance rights
// only: the finance room is opened just for them (roomAccess 'f'). One tap signs, as on the labour page.
// The room's sign-offs go up as point facts too, so a signature counts on this device at once, offline.
import { For, Show, createEffect, onCleanup } from 'solid-js';
import { signOffFacts, type LabourSignFact } from '../../../shared/domain/points';
import type { ProjectId } from '../../../shared/ids';
import { financeRoom, readFinance, readWorkers, signLabour } from '../../../shared/schema';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createDocView } from '../labour/create-finance-view';

export function LabourToSign(props: { projectId: ProjectId; projectName: string; onCount: (id: ProjectId, count: number) => void; onSignOffs: (id: ProjectId, facts: readonly LabourSignFact[]) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(financeRoom(props.projectId));
  const finance = createDocView(room.doc, readFinance);
  const workers = createDocView(workspace.room.doc, readWorkers);
  const pending = () => finance().labourRecords.filter((record) => record.signOff !== 'signed');
  createEffect(() => props.onCount(props.projectId, pending().length));
  createEffect(() => props.onSignOffs(props.projectId, signOffFacts(finance().labourRecords)));
  onCleanup(() => {
    props.onCount(props.projectId, 0);
    props.onSignOffs(props.projectId, []);
  });
  const workerName = (id: string): string => workers().find((worker) => worker.id === id)?.name ?? t('today.labour.unknownWorker');
  return (
    <For each={pending()}>
      {(record) => (
        <li class="inline-form" data-testid="labour-to-sign">
          <span>{t('today.labour.line', { worker: workerName(record.workerId), day: record.day, project: props.projectName })}</span>
          <Show when={!workspace.permissions().isReadOnly}>
            <button type="button" class="button" aria-label={t('today.labour.signLabel', { worker: workerName(record.workerId), day: record.day })} onClick={() => session.report(signLabour(room.doc, record.id, session.identity().id, Date.now(), session.origin))}>{t('today.labour.sign')}</button>
          </Show>
        </li>
      )}
    </For>
  );
}
