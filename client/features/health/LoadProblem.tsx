// What a failed or impossible health call says: signed out, offline, refused, or the relay's code.
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { healthErrorKey } from './health-errors';
import type { LoadState } from './create-load';

export function LoadProblem<T>(props: { state: LoadState<T>; signedIn: boolean; testId: string }) {
  const { t } = useI18n();
  const failure = (): { error: string; code: number } | null => (props.state.status === 'failed' ? props.state : null);
  return (
    <>
      <Show when={!props.signedIn}>
        <p class="banner" role="status" data-testid={props.testId}>{t('health.signedOut')}</p>
      </Show>
      <Show when={failure()} keyed>
        {(problem) => <p class="banner banner--warning" role="alert" data-testid={props.testId}>{t(healthErrorKey(problem.error, problem.code), { code: problem.error })}</p>}
      </Show>
    </>
  );
}
