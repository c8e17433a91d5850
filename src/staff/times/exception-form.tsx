import { useState } from 'preact/hooks';
import type { Branch, SessionException, SessionPattern } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { todayAtLibrary, weekdayOf } from './dates.js';
import { patternLabel, sortPatterns } from './pattern-label.js';

interface ExceptionFormProps {
  branches: Branch[];
  patterns: SessionPattern[];
  onAdded: (exception: SessionException) => void;
}

/** The value of "which sessions" for a day the whole branch is closed. */
const WHOLE_BRANCH = 'all';

/** A day off: one session that does not run (a helper off sick), or the whole branch closed. */
export function ExceptionForm({ branches, patterns, onAdded }: ExceptionFormProps) {
  const { t, lang } = useTranslation();
  const [branchChoice, setBranchId] = useState(branches[0]?.id ?? '');
  const [which, setWhich] = useState(WHOLE_BRANCH);
  const [date, setDate] = useState(todayAtLibrary());
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const branchId = branches.some((b) => b.id === branchChoice) ? branchChoice : (branches[0]?.id ?? '');
  const ofBranch = sortPatterns(patterns.filter((p) => p.branchId === branchId));
  const pattern = ofBranch.find((p) => String(p.id) === which);
  // A session chosen for a date on another weekday would be an exception that changes nothing.
  const wrongDay = pattern !== undefined && date !== '' && weekdayOf(date) !== pattern.weekday;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (wrongDay) return;
    await run(async () => {
      onAdded(await helpApi.createException({ branchId, patternId: pattern?.id ?? null, date, reason: reason.trim() }));
      setReason('');
    });
  };

  return (
    <section aria-labelledby="new-exception-heading" class="panel">
      <h3 id="new-exception-heading">{t('times.newExceptionHeading')}</h3>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <ProblemMessage error={error} />
        <div class="filters">
          <div class="field">
            <label for="exception-branch">{t('times.branch')}</label>
            <select
              id="exception-branch"
              value={branchId}
              onChange={(e) => {
                setBranchId(e.currentTarget.value);
                setWhich(WHOLE_BRANCH);
              }}
            >
              {branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="exception-which">{t('times.exceptionWhich')}</label>
            <select
              id="exception-which"
              value={pattern ? which : WHOLE_BRANCH}
              onChange={(e) => setWhich(e.currentTarget.value)}
            >
              <option value={WHOLE_BRANCH}>{t('times.wholeBranchClosed')}</option>
              {ofBranch.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {patternLabel(t, p, lang)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="exception-date">{t('times.date')}</label>
            <input
              id="exception-date"
              type="date"
              required
              aria-invalid={wrongDay ? true : undefined}
              aria-describedby={wrongDay ? 'exception-date-error' : undefined}
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </div>
          <div class="field grow">
            <label for="exception-reason">{t('times.reason')}</label>
            <input
              id="exception-reason"
              required
              maxLength={200}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
        </div>
        {wrongDay && (
          <p class="field-error" id="exception-date-error">
            {t('times.exceptionWrongDay')}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || branches.length === 0}>
            {t('times.addException')}
          </button>
        </div>
      </form>
    </section>
  );
}
