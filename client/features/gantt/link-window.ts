// Which dependency arrows the rows in view need, without looking at every link on each scroll step:
// links are bucketed once per outline by the rows of their two ends; the few that span many rows
// (and may cross the view with both ends outside it) are kept aside and checked each time.
export interface RowLink {
  readonly from: string;
  readonly to: string;
}

export interface LinkWindow<L extends RowLink> {
  /** Links with an end in rows [first, end), or spanning that range. */
  visible(first: number, end: number): L[];
}

/** Links spanning more rows than this are checked on every window. */
const LONG_SPAN_ROWS = 200;

export function makeLinkWindow<L extends RowLink>(links: readonly L[], rowOf: ReadonlyMap<string, number>): LinkWindow<L> {
  const byRow = new Map<number, L[]>();
  const long: { link: L; low: number; high: number }[] = [];
  const add = (row: number, link: L): void => {
    const list = byRow.get(row);
    if (list) list.push(link);
    else byRow.set(row, [link]);
  };
  for (const link of links) {
    const a = rowOf.get(link.from);
    const b = rowOf.get(link.to);
    if (a === undefined || b === undefined) continue;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    if (high - low > LONG_SPAN_ROWS) long.push({ link, low, high });
    else {
      add(low, link);
      if (high !== low) add(high, link);
    }
  }
  return {
    visible(first, end) {
      const seen = new Set<L>();
      for (let row = first; row < end; row++) for (const link of byRow.get(row) ?? []) seen.add(link);
      // a short link crossing the view with both ends outside: its ends lie within LONG_SPAN_ROWS of it
      for (let row = Math.max(0, first - LONG_SPAN_ROWS); row < first; row++) {
        for (const link of byRow.get(row) ?? []) {
          const other = Math.max(rowOf.get(link.from) ?? 0, rowOf.get(link.to) ?? 0);
          if (other >= end) seen.add(link);
        }
      }
      for (const { link, low, high } of long) if (high >= first && low < end) seen.add(link);
      return [...seen];
    },
  };
}
