import { useState } from 'preact/hooks';
import type { Branch } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { BranchForm } from './branch-form.js';
import { WEEKDAYS, weekdayName } from './dates.js';

interface BranchesProps {
  branches: Branch[];
  onSaved: (message: string) => void;
}

/** The libraries with their place and opening hours; one is edited at a time, below the list. */
export function Branches({ branches, onSaved }: BranchesProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Branch | null>(null);
  // Bumped on every save, so the form starts empty again rather than inviting a second copy.
  const [saves, setSaves] = useState(0);
  return (
    <section aria-labelledby="branches-heading">
      <h2 id="branches-heading">{t('times.branchesHeading')}</h2>
      {branches.length === 0 ? (
        <p>{t('times.noBranches')}</p>
      ) : (
        <table class="branch-table">
          <caption class="visually-hidden">{t('times.branchesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('times.branchName')}</th>
              <th scope="col">{t('times.place')}</th>
              <th scope="col">{t('times.openingHours')}</th>
              <th scope="col">{t('times.action')}</th>
            </tr>
          </thead>
          <tbody>
            {branches.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.name}</th>
                <td>{b.place}</td>
                <td>
                  <HoursSummary branch={b} />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setEditing(b);
                      // The form replaces the one below the list; go where it is.
                      requestAnimationFrame(() => document.getElementById(`branch-${b.id}-name`)?.focus());
                    }}
                  >
                    {t('times.edit')}
                    <span class="visually-hidden"> {b.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <BranchForm
        key={editing?.id ?? `new-${saves}`}
        branch={editing}
        takenIds={branches.map((b) => b.id)}
        onSaved={(saved) => {
          setEditing(null);
          setSaves((n) => n + 1);
          onSaved(t('times.branchSaved', { name: saved.name }));
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

/** The week in a short list: "Monday 10:00–19:00", closed days said as closed. */
function HoursSummary({ branch }: { branch: Branch }) {
  const { t, lang } = useTranslation();
  return (
    <ul class="hours-summary">
      {WEEKDAYS.map((day) => {
        const hours = branch.openingHours[day];
        return (
          <li key={day}>
            <span class="weekday-name">{weekdayName(Number(day), lang)}</span>{' '}
            {hours ? `${hours.open}–${hours.close}` : t('times.closed')}
          </li>
        );
      })}
    </ul>
  );
}
