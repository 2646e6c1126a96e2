// Tells the person when a new version has been deployed and lets them choose when to reload: a
// foreman halfway through a comment shouldn't lose it to an automatic refresh.
import { Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { useI18n } from '../i18n/I18nProvider';

export function UpdatePrompt() {
  const { t } = useI18n();
  const { needRefresh: [needRefresh, setNeedRefresh], updateServiceWorker } = useRegisterSW({ immediate: true });
  return (
    <Show when={needRefresh()}>
      <div class="update-banner" role="alert">
        <span>{t('update.available')}</span>
        <button type="button" class="button button--primary" onClick={() => void updateServiceWorker(true)}>{t('update.reload')}</button>
        <button type="button" class="button" onClick={() => setNeedRefresh(false)}>{t('update.dismiss')}</button>
      </div>
    </Show>
  );
}
