// When the app may ask the satisfaction question (1–5): never on the person's first day of use, at
// most once per month per person in all workspaces together, and not again in a month they answered
// (the relay answers 409 then) or dismissed it (survey-state.ts keeps the month).
// Months are 'YYYY-MM' of the same China day the relay uses. The card: client/features/survey/.
import type { IsoDay } from '../../../shared/iso-day';

export interface SurveyTimingInput {
  readonly today: IsoDay;
  /** The first day this person used the app on this device; null when unknown (then: don't ask yet). */
  readonly firstUseDay: IsoDay | null;
  /** The month ('YYYY-MM') of the last answer or dismissal, or null. */
  readonly lastAskedMonth: string | null;
}

export function shouldAskSatisfaction({ today, firstUseDay, lastAskedMonth }: SurveyTimingInput): boolean {
  if (firstUseDay === null || today <= firstUseDay) return false;
  return lastAskedMonth !== today.slice(0, 7);
}
