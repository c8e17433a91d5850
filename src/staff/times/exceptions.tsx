import type { Branch, SessionException, SessionPattern } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { formatDay, todayAtLibrary } from './dates.js';
import { ExceptionForm } from './exception-form.js';
import { patternLabel } from './pattern-label.js';

interface ExceptionsProps {
  exceptions: SessionException[];
  patterns: SessionPattern[];
  branches: Branch[];
  onChanged: (message: string) => void;
}

/** Days a session does not run or a branch is closed: coming ones first, past ones are history. */
export function Exceptions({ exceptions, patterns, branches, onChanged }: ExceptionsProps) {
  const { t, lang } = useTranslation();
  const { busy, error, run } = useAction();
  const today = todayAtLibrary();
  const coming = exceptions.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const whichOf = (e: SessionException) => {
    if (e.patternId === null) return t('times.wholeBranchClosed');
    const pattern = patterns.find((p) => p.id === e.patternId);
    return pattern ? patternLabel(t, pattern, lang) : t('times.patternGone');
  };

  const remove = (exception: SessionException) =>
    run(async () => {
      await helpApi.deleteException(exception.id);
      // The row and its button are gone: reading goes on from the list's heading.
      document.getElementById('exceptions-heading')?.focus();
      onChanged(t('times.exceptionDeleted', { date: formatDay(exception.date, lang) }));
    });

  return (
    <section aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading" tabIndex={-1}>
        {t('times.exceptionsHeading')}
      </h2>
      <p>{t('times.exceptionsIntro')}</p>
      <ProblemMessage error={error} />
      {coming.length === 0 ? (
        <p>{t('times.noExceptions')}</p>
      ) : (
        <table class="exception-table">
          <caption class="visually-hidden">{t('times.exceptionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('times.date')}</th>
              <th scope="col">{t('times.branch')}</th>
              <th scope="col">{t('times.exceptionWhich')}</th>
              <th scope="col">{t('times.reason')}</th>
              <th scope="col">{t('times.action')}</th>
            </tr>
          </thead>
          <tbody>
            {coming.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <time dateTime={e.date}>{formatDay(e.date, lang)}</time>
                </th>
                <td>{branchName(e.branchId)}</td>
                <td>{whichOf(e)}</td>
                <td>{e.reason}</td>
                <td>
                  <ConfirmButton
                    question={t('times.confirmDeleteException', { date: formatDay(e.date, lang) })}
                    confirmLabel={t('times.delete')}
                    disabled={busy}
                    onConfirm={() => void remove(e)}
                  >
                    {t('times.delete')}
                    <span class="visually-hidden"> {formatDay(e.date, lang)}</span>
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {branches.length > 0 && (
        <ExceptionForm
          branches={branches}
          patterns={patterns}
          onAdded={(added) => onChanged(t('times.exceptionAdded', { date: formatDay(added.date, lang) }))}
        />
      )}
    </section>
  );
}
