// Measured card heights for the windowed columns: one ResizeObserver for the whole board writes into
// one cache (a card keeps its height when it moves to another column of the same width), and a
// version signal tells the columns to recompute their windows once per batch of measurements.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { makeHeightCache, type HeightCache } from './card-window';

/** A card with a title line, two chips and avatars, before anything is measured. */
const DEFAULT_CARD_HEIGHT_PX = 120;

export interface CardHeights {
  readonly heightOf: HeightCache['heightOf'];
  /** Changes whenever a measurement did: read it where the window is computed. */
  readonly version: Accessor<number>;
  /** Measures this card's slot while it is rendered; returns the stop. */
  observe(element: HTMLElement, id: string): () => void;
}

/** Must run inside a reactive owner: the observer disconnects when the board goes away. */
export function createCardHeights(): CardHeights {
  const cache = makeHeightCache(DEFAULT_CARD_HEIGHT_PX);
  const [version, setVersion] = createSignal(0);
  const idOf = new WeakMap<Element, string>();
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const id = idOf.get(entry.target);
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      // A slot that is not laid out (hidden board, detached) says 0: that is not its height.
      if (id !== undefined && height > 0 && cache.set(id, height)) changed = true;
    }
    if (changed) setVersion((current) => current + 1);
  });
  onCleanup(() => observer.disconnect());
  return {
    heightOf: cache.heightOf,
    version,
    observe(element, id) {
      idOf.set(element, id);
      observer.observe(element);
      return () => observer.unobserve(element);
    },
  };
}
