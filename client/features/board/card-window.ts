// Windowing of a column's cards: which cards to build in the DOM for a scroll position, and how much
// space the skipped ones keep, so a 2,000-card column costs what its visible cards cost. Cards have
// different heights: measured ones are cached, unmeasured ones count as the mean of those measured.

export interface HeightCache {
  /** The measured height, or the estimate while the card has never been rendered. */
  heightOf(id: string): number;
  /** Records a measurement; false when it is the height already known. */
  set(id: string, height: number): boolean;
  isMeasured(id: string): boolean;
  /** The height assumed for an unmeasured card: the mean of the measured ones, or the default. */
  estimate(): number;
}

export function makeHeightCache(defaultEstimate: number): HeightCache {
  const heights = new Map<string, number>();
  let sum = 0;
  const estimate = (): number => (heights.size === 0 ? defaultEstimate : sum / heights.size);
  return {
    heightOf: (id) => heights.get(id) ?? estimate(),
    set(id, height) {
      const known = heights.get(id);
      if (known === height) return false;
      sum += height - (known ?? 0);
      heights.set(id, height);
      return true;
    },
    isMeasured: (id) => heights.has(id),
    estimate,
  };
}

export interface WindowInput {
  /** The column's cards in order. */
  readonly ids: readonly string[];
  readonly heightOf: (id: string) => number;
  /** Space between two cards (the list's CSS gap). */
  readonly gap: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  /** Extra height rendered above and below the visible part, so scrolling doesn't show blanks. */
  readonly overscan: number;
  /** Cards built wherever they are (the focused card, the dragged one, the one being edited). */
  readonly pinned: ReadonlySet<string>;
}

export interface RenderedCard {
  readonly id: string;
  readonly index: number;
  /** Height of the skipped cards (each with its gap) right before this one: its top margin. */
  readonly spaceBefore: number;
}

export interface CardWindow {
  readonly cards: readonly RenderedCard[];
  /** Height of the skipped cards after the last rendered one, each with its gap. */
  readonly spaceAfter: number;
  /** Height of the whole list, as if every card were built. */
  readonly totalHeight: number;
}

export function cardWindow(input: WindowInput): CardWindow {
  const top = input.scrollTop - input.overscan;
  const bottom = input.scrollTop + input.viewportHeight + input.overscan;
  const cards: RenderedCard[] = [];
  let y = 0;
  let skipped = 0;
  input.ids.forEach((id, index) => {
    const height = input.heightOf(id);
    if ((y + height > top && y < bottom) || input.pinned.has(id)) {
      cards.push({ id, index, spaceBefore: skipped });
      skipped = 0;
    } else {
      skipped += height + input.gap;
    }
    y += height + input.gap;
  });
  return { cards, spaceAfter: skipped, totalHeight: input.ids.length === 0 ? 0 : y - input.gap };
}

/**
 * Height of the element that holds the space after the last rendered card: the list's gap before it
 * already counts as the first skipped card's gap.
 */
export function spacerHeight(spaceAfter: number, gap: number): number {
  return Math.max(0, spaceAfter - gap);
}

/** The id at `index` among `ids` without `skipId` (the dragged card), without building that list. */
export function idAmongOthers(ids: readonly string[], skipId: string | null, index: number): string | null {
  let position = 0;
  for (const id of ids) {
    if (id === skipId) continue;
    if (position === index) return id;
    position++;
  }
  return null;
}

/** Position of `id` among `ids` without `skipId`, or -1. */
export function indexAmongOthers(ids: readonly string[], skipId: string | null, id: string): number {
  let position = 0;
  for (const current of ids) {
    if (current === skipId) continue;
    if (current === id) return position;
    position++;
  }
  return -1;
}
