// Each workspace's member count per China day, the base of that day's activity rate. Recorded at the
// daily pass, the first tick of a day (normally just after midnight): the count then is the day's
// start, and it is also the end of the day before, so a person who joined during that day and is
// still a member counts in it too. A day's count is only ever raised (someone who left during the day
// was a member that day), also by a second pass the same day after a restart. The first pass after a
// start knows no day before it in this process: a day whose end the relay did not see keeps the count
// it recorded, which misses that day's later joiners.
import type { IsoDay } from '../../shared/iso-day';
import type { MemberCount, MetricsStore } from './metrics-store';

export function recordDayBoundaryMemberCounts(
  store: Pick<MetricsStore, 'raiseMemberCounts'>,
  day: IsoDay,
  previousDay: IsoDay | null,
  counts: readonly MemberCount[],
): void {
  if (previousDay !== null) store.raiseMemberCounts(previousDay, counts);
  store.raiseMemberCounts(day, counts);
}
