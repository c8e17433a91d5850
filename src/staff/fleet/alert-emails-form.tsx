import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';

/** Addresses written one a line (or with commas), as the list the server takes. */
export function alertEmailsOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

interface AlertEmailsFormProps {
  emails: string[];
  onSave: (emails: string[]) => Promise<void>;
}

/** Who gets the branch's kiosk alerts (offline, back online, storage, outbox, content behind). */
export function AlertEmailsForm({ emails, onSave }: AlertEmailsFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(emails.join('\n'));
  const [done, setDone] = useState('');
  const action = useAction();
  const key = emails.join('\n');
  useEffect(() => setText(key), [key]);
  return (
    <section aria-labelledby="alert-emails-heading">
      <h2 id="alert-emails-heading">{t('kioskDefaults.alertHeading')}</h2>
      <p role="status" class="success">
        {done}
      </p>
      <form
        class="stack narrow"
        onSubmit={(e) => {
          e.preventDefault();
          setDone('');
          void action.run(() => onSave(alertEmailsOf(text))).then((ok) => ok && setDone(t('kioskDefaults.alertSaved')));
        }}
      >
        <div class="field">
          <label for="alert-emails">{t('kioskDefaults.alertEmails')}</label>
          <textarea
            id="alert-emails"
            rows={4}
            aria-describedby="alert-emails-hint"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <p class="hint" id="alert-emails-hint">
            {t('kioskDefaults.alertHint')}
          </p>
        </div>
        <ProblemMessage error={action.error} />
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            {t('kioskDefaults.alertSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
