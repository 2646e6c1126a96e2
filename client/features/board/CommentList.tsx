// A card's comments, oldest first, and a field to add one. Comments are immutable once posted.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import { addComment } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from './board-context';

export function CommentList(props: { taskId: TaskId }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const board = useBoard();
  const [draft, setDraft] = createSignal('');
  const comments = createMemo(() => Object.values(board.records.comments).filter((comment) => comment.taskId === props.taskId).sort((a, b) => a.at - b.at));
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    const me = session.identity();
    const result = addComment(board.doc, { taskId: props.taskId, authorId: me.id, authorName: me.name, text: draft(), now: Date.now() }, session.origin);
    if (session.report(result)) setDraft('');
  };
  return (
    <section class="fieldset" aria-labelledby="comments-title">
      <h3 id="comments-title" class="legend">{t('card.comments')}</h3>
      <Show when={comments().length > 0} fallback={<p class="muted small">{t('card.noComments')}</p>}>
        <ol class="comment-list">
          <For each={comments()}>
            {(comment) => (
              <li class="comment">
                <div class="comment__head">
                  <strong>{board.members().get(comment.authorId ?? '')?.name ?? comment.authorName}</strong>
                  <time class="muted small" datetime={new Date(comment.at).toISOString()}>{formatDateTime(comment.at)}</time>
                </div>
                <p class="comment__text">{comment.text}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <form class="stack" onSubmit={add}>
        <textarea class="input textarea" rows={2} maxLength={10000} aria-label={t('card.newComment')} placeholder={t('card.newComment')} value={draft()} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit" class="button" disabled={draft().trim() === ''}>{t('card.addComment')}</button>
      </form>
    </section>
  );
}
