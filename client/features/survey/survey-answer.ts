// The survey's answer and what the relay's reply means for it: a score 1–5 is required, a comment is
// optional (the relay keeps at most 1,000 characters, so longer is refused here, never cut); a reply
// of 409 means this person already answered in this workspace this month (from another device, say)
// and settles the month like a sent answer; offline or any other failure settles nothing, so the survey asks again
// another time. Nothing is queued.
export const MAX_SURVEY_COMMENT = 1_000;
export const SURVEY_SCORES = [1, 2, 3, 4, 5] as const;
export type SurveyScore = (typeof SURVEY_SCORES)[number];

export interface SurveyAnswer {
  readonly score: SurveyScore;
  readonly comment: string;
}

export type AnswerCheck = { readonly ok: true; readonly answer: SurveyAnswer } | { readonly ok: false; readonly reason: 'choose-score' | 'comment-too-long' };

export function checkAnswer(score: SurveyScore | null, comment: string): AnswerCheck {
  if (score === null) return { ok: false, reason: 'choose-score' };
  const trimmed = comment.trim();
  if (trimmed.length > MAX_SURVEY_COMMENT) return { ok: false, reason: 'comment-too-long' };
  return { ok: true, answer: { score, comment: trimmed } };
}

export type SurveyOutcome = 'sent' | 'already-answered' | 'offline' | 'failed';

export function outcomeOf(reply: { readonly ok: true } | { readonly ok: false; readonly status: number }): SurveyOutcome {
  if (reply.ok) return 'sent';
  if (reply.status === 409) return 'already-answered';
  return reply.status === 0 ? 'offline' : 'failed';
}

export function settlesMonth(outcome: SurveyOutcome): boolean {
  return outcome === 'sent' || outcome === 'already-answered';
}
