// Lasting news that edits are not being saved on this device (storage full, closed or unavailable).
// It stays while the problem lasts: closing the tab before the relay has the edits would lose them.
import { Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { worstDeviceProblem } from '../sync/device-copy-problem';
import { useSession } from './session';

export function DeviceCopyBanner() {
  const { t } = useI18n();
  const session = useSession();
  const problem = () => worstDeviceProblem(session.rooms.openRooms().map((room) => room.deviceProblem()));
  return (
    <Show when={problem()} keyed>
      {(current) => (
        <p class="banner banner--warning" role="alert" data-testid="device-copy-problem" data-problem={current}>
          {t(current === 'quota' ? 'storage.full' : 'storage.failed')}
        </p>
      )}
    </Show>
  );
}
