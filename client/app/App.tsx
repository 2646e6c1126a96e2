// The app's frame: language, a boundary that never lets an error blank the screen, the first-run
// name question, then the session and the routed screens.
import { ErrorBoundary, Show, createSignal } from 'solid-js';
import { I18nProvider } from '../i18n/I18nProvider';
import { loadIdentity, saveIdentity, type Identity } from '../identity/local-identity';
import { NameForm } from '../identity/NameForm';
import { AppErrorFallback } from './AppErrorFallback';
import { SessionProvider } from './session';
import { Shell } from './Shell';
import { UpdatePrompt } from './UpdatePrompt';

export function App() {
  const [identity, setIdentity] = createSignal<Identity | null>(readIdentity());
  const remember = (next: Identity): void => {
    try {
      saveIdentity(localStorage, next);
    } catch {
      // Private mode: the name holds for this visit only.
    }
    setIdentity(next);
  };
  return (
    <I18nProvider>
      <ErrorBoundary fallback={(error: unknown) => <AppErrorFallback error={error} />}>
        <UpdatePrompt />
        <Show when={identity()} fallback={<NameForm onDone={remember} />}>
          {(current) => (
            <SessionProvider identity={current} onIdentity={remember}>
              <Shell />
            </SessionProvider>
          )}
        </Show>
      </ErrorBoundary>
    </I18nProvider>
  );
}

function readIdentity(): Identity | null {
  try {
    return loadIdentity(localStorage);
  } catch {
    return null;
  }
}
