import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { Pictogram } from '../../domain/pictograms.js';
import { keeps, SLUG_PATTERN } from '../../domain/schemas/rules.js';
import type { CategoryRow, GuideList } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { PictogramChoice } from '../categories/pictogram-choice.js';
import { pictogramLabel } from '../categories/pictogram-label.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';

/** The server's rule for category ids (src/server/routes/staff-categories.ts). */
const ID_PATTERN = '[a-z0-9\\-]{1,80}';
/** Swedish and English are edited in the open; the other languages in a part that expands. */
const MAIN_LANGUAGES = [SOURCE_LANGUAGE, 'en'];
const OTHER_LANGUAGES = LANGUAGES.filter((l) => !MAIN_LANGUAGES.includes(l.code));

interface Draft {
  id: string;
  name: Record<string, string>;
  icon?: Pictogram;
}

type Direction = 'up' | 'down';

const draftsOf = (list: GuideList): Draft[] =>
  [...list.categories]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ id: c.id, name: { ...c.name }, ...(c.icon ? { icon: c.icon } : {}) }));

/** Numbers the categories 1..n in the order shown, leaving out names that are empty. */
function rowsOf(drafts: readonly Draft[]): CategoryRow[] {
  return drafts.map((d, i) => ({
    id: d.id,
    order: i + 1,
    name: Object.fromEntries(
      Object.entries(d.name)
        .map(([lang, name]) => [lang, name.trim()] as const)
        .filter(([, name]) => name !== ''),
    ),
    ...(d.icon ? { icon: d.icon } : {}),
  }));
}

/** Editors: the kiosk's categories, their names in every language, their pictograms and their order. */
export function Categories() {
  const { t } = useTranslation();
  const list = useLoad(() => api.guides(), []);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ id: string; direction: Direction } | null>(null);

  useEffect(() => {
    if (list.data && drafts === null) setDrafts(draftsOf(list.data));
  }, [list.data, drafts]);

  // A moved row's button keeps the focus; at the top or bottom, its other button takes it.
  useEffect(() => {
    if (!focusAfter) return;
    const other = focusAfter.direction === 'up' ? 'down' : 'up';
    const button = document.getElementById(`category-${focusAfter.id}-${focusAfter.direction}`) as HTMLButtonElement;
    (button?.disabled ? document.getElementById(`category-${focusAfter.id}-${other}`) : button)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const guideCount = (id: string) => list.data?.guides.filter((g) => g.category === id).length ?? 0;
  const label = (d: Draft) => d.name[SOURCE_LANGUAGE]?.trim() || d.id;

  const change = (next: Draft[], message = '') => {
    setDrafts(next);
    setDirty(true);
    setStatus(message);
  };

  const rename = (index: number, lang: string, value: string) => {
    if (!drafts) return;
    change(drafts.map((d, i) => (i === index ? { ...d, name: { ...d.name, [lang]: value } } : d)));
  };

  const choose = (index: number, icon: Pictogram) => {
    if (!drafts) return;
    const chosen = drafts[index];
    if (!chosen) return;
    change(
      drafts.map((d, i) => (i === index ? { ...d, icon } : d)),
      t('categories.pictogramChosen', { name: label(chosen), pictogram: pictogramLabel(t, icon) }),
    );
  };

  const move = (index: number, direction: Direction) => {
    if (!drafts) return;
    const to = direction === 'up' ? index - 1 : index + 1;
    const moved = drafts[index];
    if (!moved || to < 0 || to >= drafts.length) return;
    const next = [...drafts];
    next.splice(index, 1);
    next.splice(to, 0, moved);
    change(next, t('categories.moved', { name: label(moved), place: to + 1, total: next.length }));
    setFocusAfter({ id: moved.id, direction });
  };

  const remove = (index: number) => {
    if (!drafts) return;
    const removed = drafts[index];
    if (!removed) return;
    change(
      drafts.filter((_, i) => i !== index),
      t('categories.removed', { name: label(removed) }),
    );
    document.getElementById('categories-save')?.focus();
  };

  const add = (draft: Draft) => {
    if (!drafts) return;
    change([...drafts, draft], t('categories.added', { name: label(draft) }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!drafts) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const saved = await api.saveCategories(rowsOf(drafts));
      list.replace(saved);
      setDrafts(draftsOf(saved));
      setDirty(false);
      setStatus(t('categories.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const undo = () => {
    if (!list.data) return;
    setDrafts(draftsOf(list.data));
    setDirty(false);
    setError(null);
    setStatus(t('categories.undone'));
  };

  return (
    <section class="categories">
      <ScreenHeading title={t('categories.heading')}>{t('categories.heading')}</ScreenHeading>
      <p>{t('categories.intro')}</p>
      <ProblemMessage error={list.error} />
      {!drafts && !list.error && <p aria-busy="true">{t('app.loading')}</p>}
      {drafts && (
        <form onSubmit={(e) => void save(e)}>
          <ol class="category-list">
            {drafts.map((d, i) => (
              <li key={d.id}>
                <fieldset class="stack">
                  <legend>
                    {t('categories.legend', { id: d.id })}{' '}
                    <span class="count">{t('categories.guides', { count: guideCount(d.id) })}</span>
                  </legend>
                  <PictogramChoice categoryId={d.id} value={d.icon} onChange={(icon) => choose(i, icon)} />
                  <div class="filters">
                    <NameField
                      draft={d}
                      lang={SOURCE_LANGUAGE}
                      label={t('categories.nameSv')}
                      required
                      onInput={(v) => rename(i, SOURCE_LANGUAGE, v)}
                    />
                    <NameField draft={d} lang="en" label={t('categories.nameEn')} onInput={(v) => rename(i, 'en', v)} />
                  </div>
                  <details>
                    <summary>{t('categories.otherLanguages', { number: OTHER_LANGUAGES.length })}</summary>
                    <div class="filters">
                      {OTHER_LANGUAGES.map((l) => (
                        <NameField
                          key={l.code}
                          draft={d}
                          lang={l.code}
                          label={l.nativeName}
                          onInput={(v) => rename(i, l.code, v)}
                        />
                      ))}
                    </div>
                  </details>
                  <div class="actions">
                    <button type="button" id={`category-${d.id}-up`} disabled={i === 0} onClick={() => move(i, 'up')}>
                      {t('categories.moveUp')}
                    </button>
                    <button
                      type="button"
                      id={`category-${d.id}-down`}
                      disabled={i === drafts.length - 1}
                      onClick={() => move(i, 'down')}
                    >
                      {t('categories.moveDown')}
                    </button>
                    <button type="button" onClick={() => remove(i)}>
                      {t('categories.remove')}
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <p role="status" class="success">
            {status}
          </p>
          <ProblemMessage error={error} />
          {dirty && <p class="hint">{t('categories.unsaved')}</p>}
          <div class="actions">
            <button type="submit" id="categories-save" class="primary" disabled={busy}>
              {t('categories.save')}
            </button>
            <button type="button" disabled={busy || !dirty} onClick={undo}>
              {t('categories.undo')}
            </button>
          </div>
        </form>
      )}
      {drafts && <AddCategory taken={drafts.map((d) => d.id)} onAdd={add} />}
    </section>
  );
}

interface NameFieldProps {
  draft: Draft;
  lang: string;
  label: string;
  required?: boolean;
  onInput: (value: string) => void;
}

/** One language's name of a category, written in that language's script and direction. */
function NameField({ draft, lang, label, required, onInput }: NameFieldProps) {
  const language = LANGUAGES.find((l) => l.code === lang);
  const id = `category-${draft.id}-name-${lang}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        lang={language?.htmlLang}
        dir={language?.dir}
        required={required}
        maxLength={200}
        value={draft.name[lang] ?? ''}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** A new category at the end of the list; it is kept when the list is saved. */
function AddCategory({ taken, onAdd }: { taken: readonly string[]; onAdd: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [problem, setProblem] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = id.trim();
    if (!keeps(SLUG_PATTERN, trimmed)) return setProblem(t('categories.idInvalid'));
    if (taken.includes(trimmed)) return setProblem(t('categories.idTaken', { id: trimmed }));
    if (!sv.trim()) return setProblem(t('categories.nameSvMissing'));
    setProblem('');
    onAdd({ id: trimmed, name: en.trim() ? { sv: sv.trim(), en: en.trim() } : { sv: sv.trim() } });
    setId('');
    setSv('');
    setEn('');
  };

  return (
    <section aria-labelledby="add-category-heading">
      <h2 id="add-category-heading">{t('categories.addHeading')}</h2>
      <form class="stack narrow" onSubmit={submit}>
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
          <button type="submit">{t('categories.add')}</button>
        </div>
      </form>
    </section>
  );
}
