// A real two-finger pinch on the Gantt at phone size: Chromium with touch emulation on (CDP
// Emulation.setTouchEmulationEnabled), two touch points sent with CDP Input.dispatchTouchEvent moving
// apart over the timeline zoom it in one step, moving together zoom it out again; the zoom buttons
// say which zoom is on (aria-pressed). Not the Ctrl + wheel stand-in of gantt.test.ts.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { claimAs, createProject, type Person } from './browser';
import { openGantt } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Two fingers on either side of `center`, `from` px apart, moved in steps until `to` px apart, then lifted. */
async function pinch(cdp: CDPSession, center: Point, from: number, to: number): Promise<void> {
  const fingers = (gap: number) => [
    { x: center.x - gap / 2, y: center.y, id: 1, radiusX: 4, radiusY: 4, force: 1 },
    { x: center.x + gap / 2, y: center.y, id: 2, radiusX: 4, radiusY: 4, force: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
  const steps = 8;
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(from + ((to - from) * step) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function zoomButton(page: Page, name: string) {
  return page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name });
}

async function pressedZoom(page: Page): Promise<string | null> {
  return page.getByRole('group', { name: 'Zoom' }).locator('button[aria-pressed="true"]').textContent();
}

describe('pinch to zoom the Gantt on a touch phone', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let cdp: CDPSession;

  it('spreading two fingers over the timeline zooms in one step, pinching them together zooms back out', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower P', ['Excavate', 'Foundations', 'Frame']);
    await openGantt(ann.page);
    await ann.page.setViewportSize({ width: 360, height: 740 });
    cdp = await ann.context.newCDPSession(ann.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(await ann.page.evaluate(() => navigator.maxTouchPoints)).toBe(5);
    await zoomButton(ann.page, 'Months').click();
    await expect.poll(() => pressedZoom(ann.page)).toBe('Months');
    const scroller = await ann.page.getByTestId('gantt-scroller').boundingBox();
    if (!scroller) throw new Error('timeline not laid out');
    const center = { x: scroller.x + scroller.width / 2, y: scroller.y + scroller.height / 2 };
    // what the timeline receives: touch pointers (two at once), and no wheel a zoom could come from
    await ann.page.getByTestId('gantt-scroller').evaluate((element) => {
      const seen = { touchDowns: new Set<number>(), cancels: 0, wheels: 0 };
      Object.assign(window, { pinchSeen: seen });
      element.addEventListener('pointerdown', (event) => void (event instanceof PointerEvent && event.pointerType === 'touch' && seen.touchDowns.add(event.pointerId)));
      element.addEventListener('pointercancel', () => void (seen.cancels += 1));
      element.addEventListener('wheel', () => void (seen.wheels += 1));
    });
    const seen = () => ann.page.evaluate(() => {
      const { touchDowns, cancels, wheels } = (window as unknown as { pinchSeen: { touchDowns: Set<number>; cancels: number; wheels: number } }).pinchSeen;
      return { touchPointers: touchDowns.size, cancels, wheels };
    });

    // apart by a factor of 1.5: past the 1.4 of one step, short of two
    await pinch(cdp, center, 80, 120);
    await expect.poll(() => pressedZoom(ann.page)).toBe('Weeks');
    expect(await seen()).toEqual({ touchPointers: 2, cancels: 0, wheels: 0 });

    await pinch(cdp, center, 120, 80);
    await expect.poll(() => pressedZoom(ann.page)).toBe('Months');
  });
});
