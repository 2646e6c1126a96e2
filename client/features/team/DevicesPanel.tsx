// This person's signed-in devices (sessions) with a way to sign one out, and a one-time link that
// signs another phone or computer in as them, for people who chose no password.
import { For, Show, createResource, createSignal } from 'solid-js';
import type { DeviceSession } from '../../access/access-api';
import { accessErrorKey } from '../../access/access-errors';
import { joinUrl } from '../../app/routes';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { CopyField } from '../../ui/CopyField';

export function DevicesPanel() {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const [sessions, { refetch }] = createResource(async () => {
    const result = await session.access.api.sessions();
    return result.ok ? result.value.sessions : [];
  });
  const [deviceLink, setDeviceLink] = createSignal<string | null>(null);
  const current = () => session.access.session()?.sessionId;
  const revoke = async (device: DeviceSession): Promise<void> => {
    const result = await session.access.api.revokeSession(device.id);
    session.notices.show(result.ok ? t('team.revoked') : t(accessErrorKey(result.error)), result.ok ? 'info' : 'error');
    // Signing out this very device ends the session here too, at once.
    if (result.ok && device.id === current()) return session.access.signOut();
    void refetch();
  };
  const createLink = async (): Promise<void> => {
    const result = await session.access.api.createDeviceLink();
    if (!result.ok) return session.notices.show(t(accessErrorKey(result.error)), 'error');
    setDeviceLink(joinUrl(location.origin, location.pathname, result.value.token));
  };
  const label = (device: DeviceSession): string => (device.id === current() ? t('team.thisDevice', { device: device.device }) : device.device);
  return (
    <section class="panel" aria-labelledby="team-devices-title">
      <h2 id="team-devices-title">{t('team.devices')}</h2>
      <ul class="team-list">
        <For each={sessions() ?? []}>
          {(device) => (
            <li class="team-row">
              <span class="team-row__name">
                {label(device)}
                <span class="muted small"> · {t('team.lastSeen', { date: formatDateTime(device.lastSeenAt) })}</span>
              </span>
              <button type="button" class="button" onClick={() => void revoke(device)}>{t('team.revoke', { device: label(device) })}</button>
            </li>
          )}
        </For>
      </ul>
      <h3 class="legend">{t('team.deviceLink')}</h3>
      <p class="muted small">{t('team.deviceLinkHelp')}</p>
      <Show when={deviceLink()} fallback={<button type="button" class="button" onClick={() => void createLink()}>{t('team.createDeviceLink')}</button>}>
        {(link) => <CopyField value={link()} label={t('team.deviceLinkLabel')} copyLabel={t('team.copy')} onCopied={() => session.notices.show(t('home.copied'))} />}
      </Show>
    </section>
  );
}
