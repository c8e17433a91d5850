import { useState } from 'preact/hooks';
import type { Branch } from '../../domain/help.js';
import type { StaffRole } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { roleLabel } from '../chrome/role-label.js';
import { ProblemMessage } from '../components/problem-message.js';
import { MIN_PASSWORD_LENGTH } from '../password-rules.js';
import { BranchSelect } from './branch-field.js';
import { ROLES } from './roles.js';

/** The server's rule for usernames (src/server/routes/staff-users.ts). */
const USERNAME_PATTERN = '[a-z0-9._\\-]{2,64}';

/** A new account with a first password, which its owner then changes on their account page. */
export function CreateAccountForm({ branches, onCreated }: { branches: Branch[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<StaffRole>('helper');
  const [branchId, setBranchId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState('');
  const [busy, setBusy] = useState(false);
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return;
    setBusy(true);
    setError(null);
    setCreated('');
    try {
      // Only a helper belongs to a branch; the other roles see every branch.
      const branch = role === 'helper' && branchId ? { branchId } : {};
      const user = await api.createUser({ username: username.trim(), role, password, ...branch });
      setCreated(t('accounts.created', { username: user.username }));
      setUsername('');
      setPassword('');
      onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="create-account-heading">
      <h2 id="create-account-heading">{t('accounts.createHeading')}</h2>
      <p role="status" class="success">
        {created}
      </p>
      <form class="stack narrow" onSubmit={(e) => void submit(e)}>
        <ProblemMessage error={error} />
        <div class="field">
          <label for="new-username">{t('accounts.username')}</label>
          <input
            id="new-username"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            required
            pattern={USERNAME_PATTERN}
            aria-describedby="new-username-hint"
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
          <p class="hint" id="new-username-hint">
            {t('accounts.usernameHint')}
          </p>
        </div>
        <div class="field">
          <label for="new-role">{t('accounts.role')}</label>
          <select id="new-role" value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(t, r)}
              </option>
            ))}
          </select>
        </div>
        {role === 'helper' && (
          <div class="field">
            <label for="new-branch">{t('accounts.branch')}</label>
            <BranchSelect id="new-branch" value={branchId} branches={branches} onChange={setBranchId} />
          </div>
        )}
        <div class="field">
          <label for="new-password">{t('accounts.password')}</label>
          <input
            id="new-password"
            type="password"
            autocomplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            aria-invalid={tooShort ? true : undefined}
            aria-describedby="new-password-hint"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <p class={tooShort ? 'hint field-error' : 'hint'} id="new-password-hint">
            {t('accounts.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('accounts.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
