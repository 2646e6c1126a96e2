// The monthly satisfaction card (1–5 and an optional comment), shown in a signed-in workspace when
// survey-state.ts says it is due on this device (never on the first day of use, at most once a month
// per person in all workspaces together) AND the relay says this person has neither answered nor
// dismissed it this month (GET /api/satisfaction; either settles the month here without asking; no
// reply, no card). "Not now" waits for next month on every device of this person (the relay is told;
// offline, only this device knows), and an answer the relay already has (409) settles the month too.
// A send offline or refused keeps nothing and the card goes away until the app is next opened.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { checkAnswer, MAX_SURVEY_COMMENT, outcomeOf, settlesMonth, SURVEY_SCORES, type SurveyOutcome, type SurveyScore } from './survey-answer';
import { isSurveyDue, loadSurveyState, saveSurveyState, settledFor, surveyDay, withFirstUse, type SurveyState } from './survey-state';
import './survey.css';

type Phase = { readonly kind: 'asking' } | { readonly kind: 'sending' } | { readonly kind: 'done'; readonly outcome: SurveyOutcome } | { readonly kind: 'closed' };

export function SatisfactionSurvey() {
  const session = useSession();
  const workspace = useWorkspace();
  const storage = (): Storage | null => globalThis.localStorage ?? null;
  const userId = createMemo(() => session.access.session()?.userId ?? null);
  const [phase, setPhase] = createSignal<Phase>({ kind: 'asking' });

  // Read once per person: the card decides when it opens, not on every re-render.
  const state = createMemo<SurveyState | null>(() => {
    const id = userId();
    if (id === null) return null;
    const today = surveyDay(Date.now());
    const known = loadSurveyState(storage(), id);
    const started = withFirstUse(known, today);
    if (started !== known) saveSurveyState(storage(), id, started);
    return started;
  });
  const dueHere = createMemo(() => {
    const current = state();
    return current !== null && workspace.role() !== null && isSurveyDue(current, surveyDay(Date.now()));
  });
  const settle = (): void => {
    const id = userId();
    const current = state();
    if (id !== null && current !== null) saveSurveyState(storage(), id, settledFor(current, surveyDay(Date.now())));
  };
  // Asked only when due here: has this person answered or dismissed it this month anywhere (another device, another workspace)?
  const [stillOpen] = createResource(
    () => (dueHere() ? userId() : null),
    async () => {
      const reply = await session.access.api.satisfactionStatus();
      if (!reply.ok) return false;
      const settledElsewhere = reply.value.answered || reply.value.dismissed === true;
      if (settledElsewhere) settle();
      return !settledElsewhere;
    },
  );
  const due = () => dueHere() && stillOpen() === true;

  return (
    <Show when={due() && phase().kind !== 'closed'}>
      <SurveyCard
        phase={phase()}
        onSubmit={async (score, comment) => {
          setPhase({ kind: 'sending' });
          const reply = await session.access.api.answerSatisfaction(workspace.workspaceId, score, comment);
          const outcome = outcomeOf(reply);
          if (settlesMonth(outcome)) settle();
          setPhase({ kind: 'done', outcome });
        }}
        onLater={() => {
          settle();
          // for this person's other devices; if it can't be sent, this device still remembers
          void session.access.api.dismissSatisfaction();
          setPhase({ kind: 'closed' });
        }}
        onClose={() => setPhase({ kind: 'closed' })}
      />
    </Show>
  );
}

function SurveyCard(props: {
  phase: Phase;
  onSubmit: (score: SurveyScore, comment: string) => Promise<void>;
  onLater: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [score, setScore] = createSignal<SurveyScore | null>(null);
  const [comment, setComment] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const outcome = () => (props.phase.kind === 'done' ? props.phase.outcome : null);

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const checked = checkAnswer(score(), comment());
    if (!checked.ok) {
      setError(t(`survey.error.${checked.reason}`, { max: MAX_SURVEY_COMMENT }));
      return;
    }
    setError(null);
    void props.onSubmit(checked.answer.score, checked.answer.comment);
  };

  return (
    <section
      class="survey"
      aria-labelledby="survey-title"
      data-testid="satisfaction-survey"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        if (outcome() === null) props.onLater();
        else props.onClose();
      }}
    >
      <h2 id="survey-title" class="survey__title">{t('survey.title')}</h2>
      <Show
        when={outcome()}
        keyed
        fallback={
          <form class="survey__form" onSubmit={submit} noValidate>
            <p class="survey__intro">{t('survey.intro')}</p>
            <fieldset class="survey__scores" aria-describedby={error() ? 'survey-error' : undefined}>
              <legend class="legend">{t('survey.scoreLegend')}</legend>
              <For each={SURVEY_SCORES}>
                {(value) => (
                  <label class="survey__score">
                    <input type="radio" name="survey-score" value={value} checked={score() === value} onChange={() => setScore(value)} />
                    <span>{t(`survey.score.${value}`)}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <label class="field">
              {t('survey.comment')}
              <textarea
                class="input survey__comment"
                rows={2}
                maxLength={MAX_SURVEY_COMMENT}
                value={comment()}
                onInput={(event) => setComment(event.currentTarget.value)}
                aria-describedby="survey-comment-hint"
              />
            </label>
            <p id="survey-comment-hint" class="survey__hint">{t('survey.commentHint', { max: MAX_SURVEY_COMMENT })}</p>
            <Show when={error()}>
              {(message) => <p id="survey-error" class="form-error" role="alert">{message()}</p>}
            </Show>
            <div class="survey__actions">
              <button type="submit" class="button button--primary" disabled={props.phase.kind === 'sending'}>
                {t(props.phase.kind === 'sending' ? 'survey.sending' : 'survey.send')}
              </button>
              <button type="button" class="button button--quiet" onClick={() => props.onLater()} aria-describedby="survey-later-hint">
                {t('survey.later')}
              </button>
            </div>
            <p id="survey-later-hint" class="survey__hint">{t('survey.laterHint')}</p>
          </form>
        }
      >
        {(done) => (
          <>
            <p class="survey__outcome" role="status" data-outcome={done}>{t(`survey.outcome.${done}`)}</p>
            <div class="survey__actions">
              {/* the Send button just went away with the form: keep the keyboard in the card */}
              <button type="button" class="button" ref={(button) => queueMicrotask(() => button.focus())} onClick={() => props.onClose()}>
                {t('survey.close')}
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
