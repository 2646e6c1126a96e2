// The sync state as icon and text, so it reads without colour; announced politely when it changes.
import type { SyncState } from '../sync/sync-state';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages-en';

const LABELS: Readonly<Record<SyncState, MessageKey>> = {
  offline: 'sync.offline',
  syncing: 'sync.syncing',
  'saved-device': 'sync.savedDevice',
  'saved-server': 'sync.savedServer',
  'device-only': 'sync.deviceOnly',
  'no-access': 'sync.noAccess',
  'tab-only': 'sync.tabOnly',
};

const ICONS: Readonly<Record<SyncState, string>> = {
  offline: 'M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 12.5a10 10 0 0 1 4.2-2.4M19 12.5a10 10 0 0 0-2.7-1.9M12 20h.01',
  syncing: 'M4 12a8 8 0 0 1 14-5.3L20 9M20 4v5h-5M20 12a8 8 0 0 1-14 5.3L4 15M4 20v-5h5',
  'saved-device': 'M7 3h10a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM11 18h2',
  'saved-server': 'M7 18a5 5 0 0 1-.6-10A6 6 0 0 1 18 9a4.5 4.5 0 0 1-1 9zM9 13l2 2 4-4',
  'device-only': 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2',
  'no-access': 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4',
  'tab-only': 'M12 3l10 18H2zM12 10v5M12 18h.01',
};

export function SyncBadge(props: { state: SyncState }) {
  const { t } = useI18n();
  return (
    <div class={`sync-badge sync-badge--${props.state}`} data-testid="sync-status" data-state={props.state} role="status" aria-label={`${t('sync.label')}: ${t(LABELS[props.state])}`}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
        <path d={ICONS[props.state]} />
      </svg>
      <span class="sync-badge__text">{t(LABELS[props.state])}</span>
    </div>
  );
}
