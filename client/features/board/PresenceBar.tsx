// Avatars of everyone looking at this project right now (from awareness, not the document).
import { For } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { Avatar } from '../../ui/Avatar';
import { useBoard } from './board-context';

export function PresenceBar() {
  const { t } = useI18n();
  const board = useBoard();
  return (
    <ul class="presence-bar" aria-label={t('board.presence')} data-testid="presence">
      <For each={board.presence.peers()}>
        {(peer) => (
          <li>
            <Avatar name={peer.user.name} color={peer.user.color} size="small" />
          </li>
        )}
      </For>
    </ul>
  );
}
