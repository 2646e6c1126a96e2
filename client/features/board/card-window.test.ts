import { describe, expect, it } from 'vitest';
import { makeRandom } from '../../../test/support/seeded-random';
import { cardWindow, idAmongOthers, indexAmongOthers, makeHeightCache, spacerHeight, type WindowInput } from './card-window';

const ids = Array.from({ length: 100 }, (_, index) => `card${index}`);
const GAP = 8;
const NONE: ReadonlySet<string> = new Set();
/** Every card 92 px high: each takes 100 px with its gap. */
const even: WindowInput = { ids, heightOf: () => 92, gap: GAP, scrollTop: 0, viewportHeight: 500, overscan: 200, pinned: NONE };

const renderedIds = (input: WindowInput) => cardWindow(input).cards.map((card) => card.id);

describe('cardWindow', () => {
  it('at the top renders the cards in view plus the overscan below, and keeps the rest as space after', () => {
    const window = cardWindow(even);
    // 0–700 px: cards 0–6 (card 6 starts at 600).
    expect(window.cards.map((card) => card.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(window.cards[0]?.spaceBefore).toBe(0);
    expect(window.spaceAfter).toBe(93 * 100);
    expect(window.totalHeight).toBe(100 * 100 - GAP);
  });

  it('scrolled down renders the cards around the scroll position; the skipped ones above become the first margin', () => {
    const window = cardWindow({ ...even, scrollTop: 5_000 });
    // 4,800–5,700 px: card 47 ends at 4,792 (skipped), card 48 starts at 4,800, card 56 at 5,600.
    expect(window.cards.map((card) => card.index)).toEqual([48, 49, 50, 51, 52, 53, 54, 55, 56]);
    expect(window.cards[0]?.spaceBefore).toBe(48 * 100);
    expect(window.cards.slice(1).every((card) => card.spaceBefore === 0)).toBe(true);
    expect(window.spaceAfter).toBe((100 - 57) * 100);
  });

  it('keeps pinned cards (focused, dragged) rendered far from the view, with the skipped space before each', () => {
    const window = cardWindow({ ...even, pinned: new Set(['card40', 'card90']) });
    expect(window.cards.map((card) => card.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 40, 90]);
    expect(window.cards.find((card) => card.id === 'card40')?.spaceBefore).toBe((40 - 7) * 100);
    expect(window.cards.find((card) => card.id === 'card90')?.spaceBefore).toBe((90 - 41) * 100);
    expect(window.spaceAfter).toBe(9 * 100);
  });

  it('uses each card its own height', () => {
    const heights: Record<string, number> = { card0: 400, card1: 50, card2: 50 };
    const window = cardWindow({ ...even, heightOf: (id) => heights[id] ?? 92, viewportHeight: 100, overscan: 0, scrollTop: 420 });
    // card0 0–400, card1 408–458, card2 466–516, card3 524–616: the view is 420–520.
    expect(window.cards.map((card) => card.index)).toEqual([1, 2]);
    expect(window.cards[0]?.spaceBefore).toBe(408);
  });

  it('renders nothing for an empty column', () => {
    expect(cardWindow({ ...even, ids: [] })).toEqual({ cards: [], spaceAfter: 0, totalHeight: 0 });
  });

  it('places every rendered card exactly where it would be if all were built (seeded)', () => {
    const random = makeRandom(20261202);
    for (let round = 0; round < 200; round++) {
      const count = random.int(300);
      const list = Array.from({ length: count }, (_, index) => `c${index}`);
      const heights = new Map(list.map((id) => [id, 40 + random.int(200)]));
      const pinned = new Set(list.filter(() => random.chance(0.02)));
      const input: WindowInput = {
        ids: list, heightOf: (id) => heights.get(id) ?? 0, gap: GAP, scrollTop: random.int(20_000),
        viewportHeight: 200 + random.int(800), overscan: random.int(400), pinned,
      };
      const window = cardWindow(input);
      const trueTop = (index: number) => list.slice(0, index).reduce((sum, id) => sum + (heights.get(id) ?? 0) + GAP, 0);
      let y = 0;
      window.cards.forEach((card, position) => {
        y += card.spaceBefore + (position === 0 ? 0 : GAP);
        expect(y, `seed ${random.seed}, round ${round}`).toBe(trueTop(card.index));
        y += heights.get(card.id) ?? 0;
      });
      const end = window.cards.length === 0 ? window.spaceAfter - GAP : y + window.spaceAfter;
      expect(Math.max(0, end), `seed ${random.seed}, round ${round}`).toBe(window.totalHeight);
      for (const id of pinned) expect(window.cards.some((card) => card.id === id)).toBe(true);
      // Nothing in view is missing.
      list.forEach((id, index) => {
        const top = trueTop(index);
        const visible = top + (heights.get(id) ?? 0) > input.scrollTop && top < input.scrollTop + input.viewportHeight;
        if (visible) expect(window.cards.some((card) => card.index === index), `seed ${random.seed}, round ${round}`).toBe(true);
      });
    }
  });

  it('the spacer after the last card leaves out the gap the list already puts before it', () => {
    expect(spacerHeight(300, GAP)).toBe(292);
    expect(spacerHeight(0, GAP)).toBe(0);
  });
});

describe('makeHeightCache', () => {
  it('estimates unmeasured cards with the default, then with the mean of the measured ones', () => {
    const cache = makeHeightCache(120);
    expect(cache.heightOf('a')).toBe(120);
    expect(cache.set('a', 100)).toBe(true);
    expect(cache.set('b', 200)).toBe(true);
    expect(cache.heightOf('a')).toBe(100);
    expect(cache.heightOf('unseen')).toBe(150);
    expect(cache.isMeasured('unseen')).toBe(false);
  });

  it('reports whether a measurement changed anything, and a new height replaces the old one in the mean', () => {
    const cache = makeHeightCache(120);
    cache.set('a', 100);
    expect(cache.set('a', 100)).toBe(false);
    expect(cache.set('a', 140)).toBe(true);
    cache.set('b', 60);
    expect(cache.estimate()).toBe(100);
  });
});

describe('positions among the other cards (the dragged one left out)', () => {
  const column = ['a', 'b', 'c', 'd'];
  it('finds the id at a position and the position of an id', () => {
    expect(idAmongOthers(column, 'b', 1)).toBe('c');
    expect(idAmongOthers(column, null, 1)).toBe('b');
    expect(idAmongOthers(column, 'b', 3)).toBeNull();
    expect(indexAmongOthers(column, 'b', 'd')).toBe(2);
    expect(indexAmongOthers(column, 'b', 'b')).toBe(-1);
    expect(indexAmongOthers(column, null, 'a')).toBe(0);
  });
});
