// Entry point, kept small so it runs as soon as it arrives: it starts what the route needs first
// (a Gantt's first screen and code, early-start.ts), then loads the app (app/start.tsx), whose
// chunks index.html already preloads (vite.config.ts, preloadAppChunks).
import { startRouteEarly } from './app/early-start';
import { showLoadFailure } from './app/load-failure';
import { EARLY_UNCLAIMED_MS, prefetchFirstScreen } from './features/gantt/first-screen-prefetch';

startRouteEarly({
  hash: location.hash, storage: deviceStorage(), now: Date.now(),
  loadGantt: () => import('./features/gantt/GanttPage'),
  // the app, once it runs, asks for the same room (Shell.tsx), and the usual wait starts then
  prefetch: (room, asker) => prefetchFirstScreen(room, asker, EARLY_UNCLAIMED_MS),
});
import('./app/start').catch((error: unknown) => {
  // otherwise an unhandled rejection and an empty page, with no word of what happened
  console.error('SiteBeam: the app could not be loaded', error);
  showLoadFailure(document.getElementById('root'), () => location.reload());
});

function deviceStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
