// The comments given with the monthly satisfaction survey, on the team health page, for the owner and
// admins (the relay refuses anyone else; managers are told who may read them and nothing is asked):
// newest first, each with its author, rating and day, ten at a time with "Show more". The page's
// Refresh starts the list again from the newest ten (a page still loading then is dropped, so it
// never lands in the fresh list). Comments are shown as the people wrote them, as plain text; the ones
// shown export as .csv / .xlsx (survey-comments-export.ts).
import { For, Show, createEffect, createSignal, on, onMount } from 'solid-js';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import type { LoadState } from './create-load';
import { LoadProblem } from './LoadProblem';
import { appendComments, COMMENTS_PAGE_SIZE, readCommentsPage, type ShownComment } from './survey-comments';
import { canSeeSurveyComments } from './team-access';
import { TableExport } from '../costs/TableExport';
import { surveyCommentsTable } from './survey-comments-export';

/** refreshes: how often the page's Refresh was pressed; each press reloads the list. */
export function SurveyComments(props: { refreshes: number }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <section class="health-comments health-no-print" aria-labelledby="survey-comments-title" data-testid="survey-comments">
      <h2 id="survey-comments-title" class="health-heading">{t('health.comments.title')}</h2>
      <Show when={canSeeSurveyComments(workspace.role())} fallback={<p class="muted" data-testid="survey-comments-hidden">{t('health.comments.hidden')}</p>}>
        <CommentList refreshes={props.refreshes} />
      </Show>
    </section>
  );
}

function CommentList(props: { refreshes: number }) {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [shown, setShown] = createSignal<readonly ShownComment[]>([]);
  const [next, setNext] = createSignal<string | null>(null);
  const [state, setState] = createSignal<LoadState<true>>({ status: 'idle' });
  const items = new Map<string, HTMLLIElement>();
  // bumped by a refresh: an answer to an earlier request is then left unread
  let generation = 0;

  const load = async (before: string | null): Promise<void> => {
    const asked = generation;
    setState({ status: 'loading', previous: null });
    const reply = await session.access.api.surveyComments(workspace.workspaceId, before, COMMENTS_PAGE_SIZE);
    if (asked !== generation) return;
    if (!reply.ok) {
      setState({ status: 'failed', error: reply.error, code: reply.status, previous: null });
      return;
    }
    const page = readCommentsPage(reply.value);
    const firstNew = page.comments[0];
    setShown((current) => appendComments(before === null ? [] : current, page.comments));
    setNext(page.next);
    setState({ status: 'ready', value: true });
    // "Show more" may have gone with the last page: the keyboard continues at the first new comment
    if (before !== null && firstNew !== undefined) items.get(`${firstNew.at}.${firstNew.userId}`)?.focus();
  };
  onMount(() => void load(null));
  createEffect(on(() => props.refreshes, () => {
    generation += 1;
    void load(null);
  }, { defer: true }));

  return (
    <>
      <p class="muted">{t('health.comments.intro')}</p>
      <LoadProblem state={state()} signedIn={true} testId="survey-comments-problem" />
      <Show when={state().status === 'ready' && shown().length === 0}>
        <p class="muted" data-testid="survey-comments-empty">{t('health.comments.none')}</p>
      </Show>
      <Show when={shown().length > 0}>
        <ol class="health-comments__list">
          <For each={shown()}>
            {(comment) => (
              <li class="health-comments__item" data-testid="survey-comment" tabindex="-1" ref={(element) => items.set(comment.key, element)}>
                <p class="health-comments__meta">
                  <strong>{comment.name ?? t('health.comments.formerMember')}</strong>
                  {' · '}
                  <span data-testid="survey-comment-score">{t('health.comments.score', { score: comment.score })}</span>
                  {' · '}
                  <time dateTime={comment.day}>{formatDay(comment.day)}</time>
                </p>
                <p class="health-comments__text" data-testid="survey-comment-text">{comment.comment}</p>
              </li>
            )}
          </For>
        </ol>
        <TableExport label={t('health.comments.export')} fileName={t('health.comments.title')} table={() => surveyCommentsTable(shown(), {
          headers: [t('health.comments.day'), t('health.comments.name'), t('health.comments.rating'), t('health.comments.comment')], formerMember: t('health.comments.formerMember'),
        })} />
      </Show>
      <Show when={next()} keyed>
        {(cursor) => (
          <button type="button" class="button" disabled={state().status === 'loading'} aria-busy={state().status === 'loading'} onClick={() => void load(cursor)}>
            {t(state().status === 'loading' ? 'health.loading' : 'health.comments.more')}
          </button>
        )}
      </Show>
    </>
  );
}
