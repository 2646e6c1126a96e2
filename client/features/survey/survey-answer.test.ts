import { describe, expect, it } from 'vitest';
import { checkAnswer, MAX_SURVEY_COMMENT, outcomeOf, settlesMonth } from './survey-answer';

describe('survey answer', () => {
  it('needs a score; the comment is optional, trimmed and refused past the relay’s limit', () => {
    expect(checkAnswer(null, 'nice')).toEqual({ ok: false, reason: 'choose-score' });
    expect(checkAnswer(4, '  好用  ')).toEqual({ ok: true, answer: { score: 4, comment: '好用' } });
    expect(checkAnswer(1, '')).toEqual({ ok: true, answer: { score: 1, comment: '' } });
    expect(checkAnswer(5, 'x'.repeat(MAX_SURVEY_COMMENT)).ok).toBe(true);
    expect(checkAnswer(5, 'x'.repeat(MAX_SURVEY_COMMENT + 1))).toEqual({ ok: false, reason: 'comment-too-long' });
  });

  it('settles the month when the answer was taken or already given, not when offline or refused', () => {
    const outcomes = [{ ok: true } as const, { ok: false, status: 409 } as const, { ok: false, status: 0 } as const, { ok: false, status: 401 } as const].map(outcomeOf);
    expect(outcomes).toEqual(['sent', 'already-answered', 'offline', 'failed']);
    expect(outcomes.map(settlesMonth)).toEqual([true, true, false, false]);
  });
});
