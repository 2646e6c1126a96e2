// Pinch on a touch screen steps the timeline's zoom (see pinch-step.ts); Ctrl + wheel does the same
// with a mouse or trackpad. Listeners live as long as the owning component.
import { onCleanup, onMount } from 'solid-js';
import { pinchStep } from './pinch-step';

export function createPinchZoom(element: () => HTMLElement | undefined, onStep: (direction: -1 | 1) => void): void {
  onMount(() => {
    const target = element();
    if (!target) return;
    const touches = new Map<number, { x: number; y: number }>();
    let startDistance = 0;
    const distance = (): number => {
      const [a, b] = [...touches.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const down = (event: PointerEvent): void => {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size === 2) startDistance = distance();
    };
    const move = (event: PointerEvent): void => {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size !== 2) return;
      const step = pinchStep(startDistance, distance());
      if (step === 0) return;
      onStep(step);
      startDistance = distance();
    };
    const up = (event: PointerEvent): void => void touches.delete(event.pointerId);
    const wheel = (event: WheelEvent): void => {
      if (!event.ctrlKey || event.deltaY === 0) return;
      event.preventDefault();
      onStep(event.deltaY > 0 ? 1 : -1);
    };
    target.addEventListener('pointerdown', down);
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
    target.addEventListener('wheel', wheel, { passive: false });
    onCleanup(() => {
      target.removeEventListener('pointerdown', down);
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      target.removeEventListener('wheel', wheel);
    });
  });
}
