import { useState } from 'preact/hooks';
import { keeps, SLUG_PATTERN } from '../../domain/schemas/rules.js';
import type { CategoryRow } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** The server's rule for category ids, as the input's pattern (SLUG_PATTERN without its anchors). */
const ID_PATTERN = '[a-z0-9\\-]{1,80}';

interface AddCategoryProps {
  /** Every category id, archived ones too: an id is never used twice. */
  taken: readonly string[];
  /** The place after the last category. */
  order: number;
  busy: boolean;
  /** Creates it on the server; resolves whether it was. */
  onAdd: (category: CategoryRow) => Promise<boolean>;
}

/** A new category, created at once at the end of the list. */
export function AddCategory({ taken, order, busy, onAdd }: AddCategoryProps) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [problem, setProblem] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = id.trim();
    if (!keeps(SLUG_PATTERN, trimmed)) return setProblem(t('categories.idInvalid'));
    if (taken.includes(trimmed)) return setProblem(t('categories.idTaken', { id: trimmed }));
    if (!sv.trim()) return setProblem(t('categories.nameSvMissing'));
    setProblem('');
    const name: Record<string, string> = { sv: sv.trim() };
    if (en.trim()) name.en = en.trim();
    if (!(await onAdd({ id: trimmed, order, name }))) return;
    setId('');
    setSv('');
    setEn('');
  };

  return (
    <section aria-labelledby="add-category-heading">
      <h2 id="add-category-heading">{t('categories.addHeading')}</h2>
      <form class="stack narrow" onSubmit={(e) => void submit(e)}>
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <div class="field">
          <label for="new-category-id">{t('categories.id')}</label>
          <input
            id="new-category-id"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            required
            pattern={ID_PATTERN}
            aria-describedby="new-category-id-hint"
            value={id}
            onInput={(e) => setId(e.currentTarget.value)}
          />
          <p class="hint" id="new-category-id-hint">
            {t('categories.idHint')}
          </p>
        </div>
        <div class="field">
          <label for="new-category-sv">{t('categories.nameSv')}</label>
          <input id="new-category-sv" lang="sv" required value={sv} onInput={(e) => setSv(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="new-category-en">{t('categories.nameEn')}</label>
          <input id="new-category-en" lang="en" value={en} onInput={(e) => setEn(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('categories.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
