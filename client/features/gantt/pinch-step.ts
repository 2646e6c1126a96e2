// Pinch to zoom on a touch screen: spreading two fingers past a ratio zooms in one step, pinching
// them together zooms out; the gesture then restarts from the new distance.
/** Fingers must spread (or close) by this factor before the zoom steps. */
export const PINCH_STEP_RATIO = 1.4;

/** -1 = zoom in (fingers apart), 1 = zoom out (together), 0 = not yet. */
export function pinchStep(startDistance: number, distance: number): -1 | 0 | 1 {
  if (startDistance <= 0 || distance <= 0) return 0;
  const ratio = distance / startDistance;
  if (ratio >= PINCH_STEP_RATIO) return -1;
  if (ratio <= 1 / PINCH_STEP_RATIO) return 1;
  return 0;
}
