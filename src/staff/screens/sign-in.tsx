import { useState } from 'preact/hooks';
import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiError, api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';

/** Username and password; a wrong one or too many tries is said plainly, with the server's detail. */
export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(username.trim(), password));
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const status = error instanceof ApiError ? error.status : undefined;
  const summary =
    status === 401 ? t('signIn.wrongCredentials') : status === 429 ? t('signIn.tooManyAttempts') : undefined;

  return (
    <section class="sign-in">
      <ScreenHeading title={t('signIn.heading')}>{t('signIn.heading')}</ScreenHeading>
      <form onSubmit={(e) => void submit(e)} class="stack" aria-describedby={error ? 'sign-in-error' : undefined}>
        <ProblemMessage error={error} summary={summary} id="sign-in-error" />
        <div class="field">
          <label for="sign-in-username">{t('signIn.username')}</label>
          <input
            id="sign-in-username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={status === 401 ? true : undefined}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
