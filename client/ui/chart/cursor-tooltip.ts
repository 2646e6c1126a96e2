// A uPlot plugin: a small tooltip beside the cursor with the day (or x value) and each line's value
// there, as the legend under the plot shows them, and touch scrubbing, so a finger dragged over the
// plot on a phone moves the cursor as a mouse does (uPlot itself follows mouse events only). The
// tooltip repeats what the legend says, so it is hidden from assistive technology.
import type uPlot from 'uplot';

/** Gap between the cursor and the tooltip, in px. */
const OFFSET_PX = 12;

export interface TooltipFormat {
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
}

export function cursorTooltip(format: TooltipFormat): uPlot.Plugin {
  let tip: HTMLDivElement | null = null;
  let stopTouch: (() => void) | null = null;
  return {
    hooks: {
      init: (u) => {
        tip = document.createElement('div');
        tip.className = 'chart__tooltip';
        tip.setAttribute('aria-hidden', 'true');
        tip.hidden = true;
        u.over.appendChild(tip);
        stopTouch = followTouches(u);
      },
      setCursor: (u) => {
        if (tip !== null) show(tip, u, format);
      },
      destroy: () => {
        stopTouch?.();
        tip?.remove();
        tip = null;
      },
    },
  };
}

function show(tip: HTMLDivElement, u: uPlot, format: TooltipFormat): void {
  const index = u.cursor.idx;
  const left = u.cursor.left ?? -1;
  const top = u.cursor.top ?? -1;
  const x = index === null || index === undefined ? undefined : u.data[0][index];
  if (x === undefined || left < 0 || top < 0) {
    tip.hidden = true;
    return;
  }
  const lines = [format.formatX(x)];
  u.series.forEach((series, at) => {
    if (at === 0 || series.show === false) return;
    const y = u.data[at]?.[index ?? 0];
    lines.push(`${String(series.label ?? '')}: ${y === null || y === undefined ? '–' : format.formatY(y)}`);
  });
  tip.replaceChildren(...lines.map((text, at) => {
    const line = document.createElement('div');
    line.textContent = text;
    if (at === 0) line.className = 'chart__tooltip-x';
    return line;
  }));
  tip.hidden = false;
  // beside the cursor, flipped to the other side near the plot's right or bottom edge
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const overWidth = u.over.clientWidth;
  const overHeight = u.over.clientHeight;
  const x0 = left + OFFSET_PX + width > overWidth ? Math.max(0, left - OFFSET_PX - width) : left + OFFSET_PX;
  const y0 = top + OFFSET_PX + height > overHeight ? Math.max(0, top - OFFSET_PX - height) : top + OFFSET_PX;
  tip.style.transform = `translate(${Math.round(x0)}px, ${Math.round(y0)}px)`;
}

/** Moves uPlot's cursor with one finger on the plot; returns what removes the listeners. */
function followTouches(u: uPlot): () => void {
  const move = (event: TouchEvent): void => {
    const touch = event.touches[0];
    if (touch === undefined) return;
    const rect = u.over.getBoundingClientRect();
    u.setCursor({ left: touch.clientX - rect.left, top: touch.clientY - rect.top });
  };
  u.over.addEventListener('touchstart', move, { passive: true });
  u.over.addEventListener('touchmove', move, { passive: true });
  return () => {
    u.over.removeEventListener('touchstart', move);
    u.over.removeEventListener('touchmove', move);
  };
}
