import { useState } from 'preact/hooks';
import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiError, api } from '../api.js';
import { roleLabel } from '../chrome/role-label.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useAction } from '../components/use-action.js';
import { MIN_PASSWORD_LENGTH } from '../password-rules.js';

/** One's own account: who and which role, and a new password (other sessions end on the server). */
export function Account({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, run } = useAction();
  const [done, setDone] = useState(false);

  const localProblem =
    next.length > 0 && next.length < MIN_PASSWORD_LENGTH
      ? t('account.tooShort', { count: MIN_PASSWORD_LENGTH })
      : repeat.length > 0 && repeat !== next
        ? t('account.mismatch')
        : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (localProblem || next.length < MIN_PASSWORD_LENGTH || repeat !== next) return;
    setDone(false);
    await run(async () => {
      await api.changePassword(current, next);
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    });
  };

  return (
    <section>
      <ScreenHeading title={t('account.heading')}>{t('account.heading')}</ScreenHeading>
      <dl class="facts">
        <dt>{t('account.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{roleLabel(t, me.role)}</dd>
      </dl>
      {me.role === 'helper' && <p class="note-text">{t('account.helperNote')}</p>}

      <h2>{t('account.changePassword')}</h2>
      <form class="stack narrow" onSubmit={(e) => void submit(e)}>
        <ProblemMessage
          error={error}
          summary={error instanceof ApiError && error.status === 401 ? t('account.wrongCurrent') : undefined}
        />
        <p role="status" class="success">
          {done ? t('account.changed') : ''}
        </p>
        <div class="field">
          <label for="password-current">{t('account.current')}</label>
          <input
            id="password-current"
            type="password"
            autocomplete="current-password"
            required
            value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="password-next">{t('account.next')}</label>
          <input
            id="password-next"
            type="password"
            autocomplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            aria-describedby="password-rules"
            value={next}
            onInput={(e) => setNext(e.currentTarget.value)}
          />
          <p class="hint" id="password-rules">
            {t('account.rules', { count: MIN_PASSWORD_LENGTH })}
          </p>
        </div>
        <div class="field">
          <label for="password-repeat">{t('account.repeat')}</label>
          <input
            id="password-repeat"
            type="password"
            autocomplete="new-password"
            required
            aria-invalid={localProblem ? true : undefined}
            aria-describedby={localProblem ? 'password-local-problem' : undefined}
            value={repeat}
            onInput={(e) => setRepeat(e.currentTarget.value)}
          />
          {localProblem && (
            <p class="field-error" id="password-local-problem">
              {localProblem}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('account.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
