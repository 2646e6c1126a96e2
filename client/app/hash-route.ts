// The current route as a signal, driven by the location hash.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { formatRoute, parseRoute, type Route } from './routes';

export function createHashRoute(): Accessor<Route> {
  const [route, setRoute] = createSignal<Route>(parseRoute(location.hash));
  const onHashChange = (): void => {
    setRoute(parseRoute(location.hash));
  };
  window.addEventListener('hashchange', onHashChange);
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  return route;
}

/** `replace` keeps redirects (the root to the default workspace) out of the back button's history. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (options.replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}
