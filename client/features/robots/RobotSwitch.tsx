// A robot's on/off switch (admins and the owner only, like the whole robots section). Off keeps every
// setting but the relay sends it no briefing and no alert; the test message still goes. The switch
// keeps its own state, so it keeps keyboard focus instead of being rebuilt with the list.
import { Show, createSignal } from 'solid-js';
import type { RobotWire } from '../../access/access-api';
import { accessErrorKey } from '../../access/access-errors';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function RobotSwitch(props: { robot: RobotWire }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [enabled, setEnabled] = createSignal(props.robot.enabled ?? true);
  const [busy, setBusy] = createSignal(false);
  const helpId = () => `robot-${props.robot.id}-enabled-help`;
  const toggle = async (input: HTMLInputElement): Promise<void> => {
    const wanted = input.checked;
    // not `disabled` while saving: that would take the keyboard focus away from the switch
    if (busy()) return void (input.checked = !wanted);
    setBusy(true);
    const result = await session.access.api.setRobotEnabled(workspace.workspaceId, props.robot.id, wanted);
    setBusy(false);
    if (!result.ok) {
      input.checked = enabled();
      return session.notices.show(t(accessErrorKey(result.error)), 'error');
    }
    setEnabled(result.value.robot.enabled ?? true);
    session.notices.show(t(wanted ? 'robots.switchedOn' : 'robots.switchedOff', { name: props.robot.name }));
  };
  return (
    <div class="stack" data-testid="robot-switch">
      <label class="choice">
        <input type="checkbox" role="switch" checked={enabled()} aria-busy={busy()} aria-label={t('robots.enabledFor', { name: props.robot.name })}
          aria-describedby={enabled() ? undefined : helpId()} onChange={(event) => void toggle(event.currentTarget)} />
        <span>{t('robots.enabled')}: <strong data-testid="robot-enabled">{enabled() ? t('robots.enabledOn') : t('robots.enabledOff')}</strong></span>
      </label>
      <Show when={!enabled()}>
        <p id={helpId()} class="muted small">{t('robots.enabledOffHelp')}</p>
      </Show>
    </div>
  );
}
