// Adds or edits one robot: service, name, webhook URL, optional signing secret, daily briefing time
// message language, and which relay alerts it posts. Field checks run here first; the relay's answer (e.g. a host that isn't the
// service's own) comes back as a translated error under the form.
import { For, Show, createSignal } from 'solid-js';
import type { RobotWire } from '../../access/access-api';
import { accessErrorKey } from '../../access/access-errors';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { checkDraft, inputOf, type RobotDraft } from './robot-form-model';

const KINDS: readonly RobotWire['kind'][] = ['dingtalk', 'feishu', 'wecom'];

export function RobotForm(props: { initial: RobotDraft; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [draft, setDraft] = createSignal<RobotDraft>(props.initial);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const set = <K extends keyof RobotDraft>(key: K, value: RobotDraft[K]): void => {
    setDraft({ ...draft(), [key]: value });
  };
  const prefix = () => `robot-${draft().id ?? 'new'}`;
  const save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const problem = checkDraft(draft());
    if (problem !== null) return void setError(t(problem));
    setBusy(true);
    const result = await session.access.api.saveRobot(workspace.workspaceId, inputOf(draft(), new Date().getTimezoneOffset()));
    setBusy(false);
    if (!result.ok) return void setError(t(accessErrorKey(result.error)));
    setError(null);
    session.notices.show(t('robots.saved'));
    props.onSaved();
  };
  return (
    <form class="stack" noValidate onSubmit={(event) => void save(event)} aria-label={draft().id === null ? t('robots.add') : t('robots.edit', { name: props.initial.name })}>
      <div class="field-row">
        <div class="field">
          <label for={`${prefix()}-kind`}>{t('robots.kind')}</label>
          <select id={`${prefix()}-kind`} class="select" value={draft().kind} onChange={(event) => set('kind', KINDS.find((kind) => kind === event.currentTarget.value) ?? 'dingtalk')}>
            <For each={KINDS}>{(kind) => <option value={kind}>{t(`robots.kind.${kind}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for={`${prefix()}-name`}>{t('robots.name')}</label>
          <input id={`${prefix()}-name`} class="input" value={draft().name} maxLength={100} onInput={(event) => set('name', event.currentTarget.value)} />
        </div>
      </div>
      <div class="field">
        <label for={`${prefix()}-webhook`}>{t('robots.webhook')}</label>
        <input id={`${prefix()}-webhook`} class="input" type="url" inputMode="url" autocomplete="off" value={draft().webhookUrl} aria-describedby={`${prefix()}-webhook-help`}
          onInput={(event) => set('webhookUrl', event.currentTarget.value)} />
        <p id={`${prefix()}-webhook-help`} class="muted small">{t('robots.webhookHelp')}</p>
      </div>
      <Show when={draft().kind !== 'wecom'}>
        <div class="field">
          <label for={`${prefix()}-secret`}>{t('robots.secret')}</label>
          <input id={`${prefix()}-secret`} class="input" type="password" autocomplete="off" value={draft().secret} onInput={(event) => set('secret', event.currentTarget.value)} />
        </div>
      </Show>
      <div class="field-row">
        <div class="field">
          <label for={`${prefix()}-time`}>{t('robots.briefingTime')}</label>
          <input id={`${prefix()}-time`} class="input" type="time" value={draft().briefingTime} onInput={(event) => set('briefingTime', event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${prefix()}-language`}>{t('robots.language')}</label>
          <select id={`${prefix()}-language`} class="select" value={draft().language} onChange={(event) => set('language', event.currentTarget.value === 'en' ? 'en' : 'zh-CN')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <fieldset class="fieldset" aria-describedby={`${prefix()}-alerts-help`}>
        <legend>{t('robots.alerts')}</legend>
        <label class="choice">
          <input type="checkbox" checked={draft().alertLateCritical} onChange={(event) => set('alertLateCritical', event.currentTarget.checked)} />
          <span>{t('robots.alert.lateCritical')}</span>
        </label>
        <label class="choice">
          <input type="checkbox" checked={draft().alertBudgetOverrun} onChange={(event) => set('alertBudgetOverrun', event.currentTarget.checked)} />
          <span>{t('robots.alert.budgetOverrun')}</span>
        </label>
        <p id={`${prefix()}-alerts-help`} class="muted small">{t('robots.alertsHelp')}</p>
      </fieldset>
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <div class="field-row">
        <button type="submit" class="button button--primary" disabled={busy()}>{draft().id === null ? t('robots.add') : t('robots.save')}</button>
        <Show when={props.onCancel}>{(cancel) => <button type="button" class="button" onClick={() => cancel()()}>{t('robots.cancel')}</button>}</Show>
      </div>
    </form>
  );
}
