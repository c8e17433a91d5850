import { useState } from 'preact/hooks';
import type { Branch, SessionKind, SessionPattern } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { todayAtLibrary } from './dates.js';
import { kindLabel } from './labels.js';
import { LanguageChoice } from './language-choice.js';
import { draftOf, inputOf, newDraft, type PatternDraft } from './pattern-draft.js';
import { invalidIf, isNamed } from './server-field.js';
import { TopicChoice } from './topic-choice.js';
import type { Topics } from './use-topics.js';
import { WhenFields } from './when-fields.js';

interface PatternFormProps {
  /** The pattern being edited, or null for a new one. */
  pattern: SessionPattern | null;
  branches: Branch[];
  topics: Topics;
  onSaved: (pattern: SessionPattern) => void;
  onCancel: () => void;
}

const KINDS: SessionKind[] = ['bookable', 'drop-in'];

/** A weekly session: where, when, how long, how many places, what for and in which languages. */
export function PatternForm({ pattern, branches, topics, onSaved, onCancel }: PatternFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PatternDraft>(() =>
    pattern ? draftOf(pattern) : newDraft(branches[0]?.id ?? '', todayAtLibrary()),
  );
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction();
  const set = <K extends keyof PatternDraft>(key: K, value: PatternDraft[K]) => setDraft({ ...draft, [key]: value });
  const p = pattern ? `pattern-${pattern.id}` : 'new-pattern';
  const noLanguage = tried && draft.languages.length === 0;
  const untilEarly = draft.until !== '' && draft.until < draft.from;
  const problemId = `${p}-problem`;
  // A branch added (or removed) while the form is open: the select shows the first one, so does the draft.
  const branchId = branches.some((b) => b.id === draft.branchId) ? draft.branchId : (branches[0]?.id ?? '');

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (draft.languages.length === 0 || untilEarly) return;
    await run(async () => {
      const input = inputOf({ ...draft, branchId });
      onSaved(pattern ? await helpApi.updatePattern(pattern.id, input) : await helpApi.createPattern(input));
    });
  };

  return (
    <section aria-labelledby={`${p}-heading`} class="panel">
      <h3 id={`${p}-heading`}>{pattern ? t('times.editPatternHeading') : t('times.newPatternHeading')}</h3>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <ProblemMessage error={error} id={problemId} />
        <div class="filters">
          <div class="field">
            <label for={`${p}-branch`}>{t('times.branch')}</label>
            <select
              id={`${p}-branch`}
              required
              value={branchId}
              onChange={(e) => set('branchId', e.currentTarget.value)}
            >
              {branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="radio-row">
            <legend>{t('times.kind')}</legend>
            {KINDS.map((kind) => (
              <div class="inline-field" key={kind}>
                <input
                  id={`${p}-kind-${kind}`}
                  type="radio"
                  name={`${p}-kind`}
                  checked={draft.kind === kind}
                  onChange={() => set('kind', kind)}
                />
                <label for={`${p}-kind-${kind}`}>{kindLabel(t, kind)}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <WhenFields idPrefix={p} draft={draft} set={set} error={error} problemId={problemId} />
        <TopicChoice idPrefix={p} topics={topics} value={draft.topics} onChange={(v) => set('topics', v)} />
        <LanguageChoice
          idPrefix={p}
          value={draft.languages}
          invalid={noLanguage}
          onChange={(v) => set('languages', v)}
        />
        <div class="filters top">
          <div class="field">
            <label for={`${p}-from`}>{t('times.from')}</label>
            <input
              id={`${p}-from`}
              {...invalidIf(error, 'from', problemId)}
              type="date"
              required
              value={draft.from}
              onInput={(e) => set('from', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${p}-until`}>{t('times.until')}</label>
            <input
              id={`${p}-until`}
              type="date"
              min={draft.from}
              aria-invalid={untilEarly || isNamed(error, 'until') ? true : undefined}
              aria-describedby={isNamed(error, 'until') ? `${p}-until-hint ${problemId}` : `${p}-until-hint`}
              value={draft.until}
              onInput={(e) => set('until', e.currentTarget.value)}
            />
            <p class={untilEarly ? 'hint field-error' : 'hint'} id={`${p}-until-hint`}>
              {untilEarly ? t('times.untilBeforeFrom') : t('times.untilHint')}
            </p>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || branches.length === 0}>
            {pattern ? t('times.savePattern') : t('times.addPattern')}
          </button>
          {pattern && (
            <button type="button" onClick={onCancel}>
              {t('times.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
