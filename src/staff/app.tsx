import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../domain/staff-api.js';
import { useTranslation } from '../i18n/use-translation.js';
import { ApiError, api, onSessionEnded } from './api.js';
import { TopBar } from './chrome/top-bar.js';
import { ProblemMessage } from './components/problem-message.js';
import { removeSessionKeys } from './components/use-session-state.js';
import { UNSAVED_PREFIX } from './editor/text-form.js';
import { ScreenFor } from './screen-for.js';
import { SignIn } from './screens/sign-in.js';

/** The console: who is signed in decides between sign-in and the screens their role may use. */
export function App() {
  const { t } = useTranslation();
  // undefined while asking the server whether this browser still has a session.
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [startError, setStartError] = useState<unknown>(null);

  useEffect(() => {
    onSessionEnded(() => setMe(null));
    api.me().then(setMe, (error: unknown) => {
      setMe(null);
      // No session is the ordinary case; anything else (server down) is worth saying.
      if (!(error instanceof ApiError && error.status === 401)) setStartError(error);
    });
  }, []);

  const signOut = async () => {
    await api.logout().catch(() => undefined); // signed out locally even if the server is away
    // Unsaved texts outlive an expired session, not a deliberate sign-out on a shared computer.
    removeSessionKeys(UNSAVED_PREFIX);
    setMe(null);
  };

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar me={me ?? null} onSignOut={() => void signOut()} />
      <main id="main" tabIndex={-1}>
        {me === undefined ? (
          <p aria-busy="true">{t('app.loading')}</p>
        ) : me === null ? (
          <>
            <ProblemMessage error={startError} />
            <SignIn
              onSignedIn={(user) => {
                setStartError(null);
                setMe(user);
              }}
            />
          </>
        ) : (
          <ScreenFor me={me} />
        )}
      </main>
    </>
  );
}
