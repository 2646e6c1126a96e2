// One robot in the list: what it is (service, name, masked webhook, secret set or not, briefing time, alerts),
// its on/off switch, edit / delete (after a confirm naming it), "Send test message" with the service's own
// answer, and its recent deliveries (exported as .csv / .xlsx by deliveries-export.ts).
import { For, Show, createResource, createSignal } from 'solid-js';
import type { RobotWire } from '../../access/access-api';
import { TableExport } from '../costs/TableExport';
import { deliveriesExportTable } from './deliveries-export';
import { accessErrorKey } from '../../access/access-errors';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { RobotDeleteDialog } from './RobotDeleteDialog';
import { RobotForm } from './RobotForm';
import { RobotSwitch } from './RobotSwitch';
import { draftOf } from './robot-form-model';

const DELIVERY_PURPOSE_KEYS = { test: 'robots.delivery.test', briefing: 'robots.delivery.briefing', alert: 'robots.delivery.alert' } as const;

type TestAnswer = { readonly ok: true } | { readonly ok: false; readonly message: string };

export function RobotItem(props: { robot: RobotWire; onChanged: () => void }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [editing, setEditing] = createSignal(false);
  const [testing, setTesting] = createSignal(false);
  const [answer, setAnswer] = createSignal<TestAnswer | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const [deliveries, { refetch }] = createResource(async () => {
    const result = await session.access.api.robotDeliveries(workspace.workspaceId, props.robot.id);
    return result.ok ? result.value.deliveries : [];
  });
  const test = async (): Promise<void> => {
    setTesting(true);
    const result = await session.access.api.testRobot(workspace.workspaceId, props.robot.id);
    setTesting(false);
    if (!result.ok) setAnswer({ ok: false, message: t(accessErrorKey(result.error)) });
    else setAnswer(result.value.delivered ? { ok: true } : { ok: false, message: result.value.message ?? '' });
    void refetch();
  };
  const remove = async (): Promise<void> => {
    const result = await session.access.api.removeRobot(workspace.workspaceId, props.robot.id);
    setConfirming(false);
    if (!result.ok) return session.notices.show(t(accessErrorKey(result.error)), 'error');
    session.notices.show(t('robots.deleted'));
    props.onChanged();
  };
  const headingId = () => `robot-${props.robot.id}-title`;
  const alertsText = (): string => {
    const chosen = [
      ...(props.robot.alerts?.lateCritical ? [t('robots.alertShort.lateCritical')] : []),
      ...(props.robot.alerts?.budgetOverrun ? [t('robots.alertShort.budgetOverrun')] : []),
    ];
    return chosen.length === 0 ? t('robots.alertsOff') : t('robots.alertsOn', { list: chosen.join(', ') });
  };
  return (
    <li class="stack" aria-labelledby={headingId()} data-testid="robot-item">
      <h3 id={headingId()}>{props.robot.name}</h3>
      <p class="small">
        {t(`robots.kind.${props.robot.kind}`)} · <code>{props.robot.webhook}</code> · {props.robot.secret === null ? t('robots.secretNone') : t('robots.secretSet')} ·{' '}
        {props.robot.briefingTime === null ? t('robots.briefingOff') : `${t('robots.briefingTime')} ${props.robot.briefingTime}`} ·{' '}
        <span data-testid="robot-alerts">{alertsText()}</span>
      </p>
      <RobotSwitch robot={props.robot} />
      <Show
        when={editing()}
        fallback={
          <div class="field-row">
            <button type="button" class="button button--primary" disabled={testing()} onClick={() => void test()}>{t('robots.test')}</button>
            <button type="button" class="button" onClick={() => setEditing(true)}>{t('robots.edit', { name: props.robot.name })}</button>
            <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>{t('robots.delete', { name: props.robot.name })}</button>
          </div>
        }
      >
        <RobotForm initial={draftOf(props.robot)} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); props.onChanged(); }} />
      </Show>
      <Show when={confirming()}>
        <RobotDeleteDialog robotId={props.robot.id} name={props.robot.name} onConfirm={remove} onClose={() => setConfirming(false)} />
      </Show>
      <p role="status" data-testid="robot-test-answer">
        <Show when={answer()} keyed>{(value) => (value.ok ? t('robots.testOk') : t('robots.testFailed', { message: value.message }))}</Show>
      </p>
      <section aria-label={t('robots.deliveries', { name: props.robot.name })}>
        <h4 class="small">{t('robots.deliveries', { name: props.robot.name })}</h4>
        <Show when={(deliveries() ?? []).length > 0} fallback={<p class="muted small">{t('robots.deliveriesEmpty')}</p>}>
          <ul class="small">
            <For each={deliveries()}>
              {(delivery) => (
                <li>
                  {formatDateTime(delivery.at)} · {t(DELIVERY_PURPOSE_KEYS[delivery.purpose])} ·{' '}
                  {delivery.ok ? t('robots.delivery.ok') : `${t('robots.delivery.failed')}: ${delivery.message}`} · {t('robots.delivery.attempts', { count: delivery.attempts })}
                </li>
              )}
            </For>
          </ul>
          <TableExport label={t('robots.export', { name: props.robot.name })} fileName={t('robots.exportFile', { name: props.robot.name })} table={() => deliveriesExportTable(deliveries() ?? [], {
            headers: [t('robots.export.time'), t('robots.export.purpose'), t('robots.export.result'), t('robots.export.attempts'), t('robots.export.answer')],
            purpose: (purpose) => t(DELIVERY_PURPOSE_KEYS[purpose]), delivered: t('robots.delivery.ok'), failed: t('robots.delivery.failed'),
            offsetMinutes: (epochMs) => -new Date(epochMs).getTimezoneOffset(),
          })} />
        </Show>
      </section>
    </li>
  );
}
