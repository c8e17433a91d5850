import { useState } from 'preact/hooks';
import type { Branch, SessionPattern } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { formatShortDay } from './dates.js';
import { kindLabel, LanguageNames } from './labels.js';
import { PatternForm } from './pattern-form.js';
import { patternWhen, sortPatterns } from './pattern-label.js';
import type { Topics } from './use-topics.js';

interface PatternsProps {
  patterns: SessionPattern[];
  branches: Branch[];
  topics: Topics;
  onChanged: (message: string) => void;
}

/**
 * The weekly sessions, and one form to add or edit. Deleting asks first; the server refuses
 * (409) while people have booked a coming session, and says so in the message shown.
 */
export function Patterns({ patterns, branches, topics, onChanged }: PatternsProps) {
  const { t, lang } = useTranslation();
  const [editing, setEditing] = useState<SessionPattern | null>(null);
  // Bumped on every save, so the form starts afresh rather than inviting a second copy.
  const [saves, setSaves] = useState(0);
  const { busy, error, run } = useAction();
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;

  const remove = (pattern: SessionPattern) =>
    run(async () => {
      await helpApi.deletePattern(pattern.id);
      if (editing?.id === pattern.id) setEditing(null);
      // The row and its button are gone: reading goes on from the list's heading.
      document.getElementById('patterns-heading')?.focus();
      onChanged(t('times.patternDeleted', { when: patternWhen(pattern, lang) }));
    });

  return (
    <section aria-labelledby="patterns-heading">
      <h2 id="patterns-heading" tabIndex={-1}>
        {t('times.patternsHeading')}
      </h2>
      <p>{t('times.patternsIntro')}</p>
      <ProblemMessage error={error} />
      {patterns.length === 0 ? (
        <p>{t('times.noPatterns')}</p>
      ) : (
        <div class="table-scroll">
          <table class="pattern-table">
            <caption class="visually-hidden">{t('times.patternsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('times.when')}</th>
                <th scope="col">{t('times.branch')}</th>
                <th scope="col">{t('times.kind')}</th>
                <th scope="col" class="number">
                  {t('times.capacity')}
                </th>
                <th scope="col">{t('times.topics')}</th>
                <th scope="col">{t('times.languages')}</th>
                <th scope="col">{t('times.period')}</th>
                <th scope="col">{t('times.action')}</th>
              </tr>
            </thead>
            <tbody>
              {sortPatterns(patterns).map((p) => (
                <tr key={p.id}>
                  <th scope="row">{patternWhen(p, lang)}</th>
                  <td>{branchName(p.branchId)}</td>
                  <td>{kindLabel(t, p.kind)}</td>
                  <td class="number">{p.kind === 'drop-in' ? '–' : p.capacity}</td>
                  <td>{p.topics.length === 0 ? t('times.anyTopic') : p.topics.map(topics.nameOf).join(', ')}</td>
                  <td>
                    <LanguageNames codes={p.languages} none="–" />
                  </td>
                  <td>
                    {p.until
                      ? t('times.periodUntil', {
                          from: formatShortDay(p.from, lang),
                          until: formatShortDay(p.until, lang),
                        })
                      : t('times.periodOpen', { from: formatShortDay(p.from, lang) })}
                  </td>
                  <td>
                    <div class="row-actions">
                      <button
                        type="button"
                        onClick={() => {
                          setEditing(p);
                          requestAnimationFrame(() => document.getElementById(`pattern-${p.id}-branch`)?.focus());
                        }}
                      >
                        {t('times.edit')}
                        <span class="visually-hidden"> {patternWhen(p, lang)}</span>
                      </button>
                      <ConfirmButton
                        question={t('times.confirmDeletePattern', {
                          when: patternWhen(p, lang),
                          branch: branchName(p.branchId),
                        })}
                        confirmLabel={t('times.delete')}
                        disabled={busy}
                        onConfirm={() => void remove(p)}
                      >
                        {t('times.delete')}
                        <span class="visually-hidden"> {patternWhen(p, lang)}</span>
                      </ConfirmButton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {branches.length === 0 ? (
        <p class="hint">{t('times.branchFirst')}</p>
      ) : (
        <PatternForm
          key={editing?.id ?? `new-${saves}`}
          pattern={editing}
          branches={branches}
          topics={topics}
          onSaved={(saved) => {
            setEditing(null);
            setSaves((n) => n + 1);
            onChanged(
              editing
                ? t('times.patternSaved', { when: patternWhen(saved, lang) })
                : t('times.patternAdded', { when: patternWhen(saved, lang) }),
            );
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
