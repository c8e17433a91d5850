import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { Pictogram } from '../../domain/pictograms.js';
import type { CategoryRow, GuideList } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { AddCategory } from '../categories/add-category.js';
import { ArchiveCategoryButton, ArchivedCategories } from '../categories/category-archive.js';
import { categoryName } from '../categories/category-name.js';
import { PictogramChoice } from '../categories/pictogram-choice.js';
import { pictogramLabel } from '../categories/pictogram-label.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';

/** Swedish and English are edited in the open; the other languages in a part that expands. */
const MAIN_LANGUAGES = [SOURCE_LANGUAGE, 'en'];
const OTHER_LANGUAGES = LANGUAGES.filter((l) => !MAIN_LANGUAGES.includes(l.code));

interface Draft {
  id: string;
  name: Record<string, string>;
  icon?: Pictogram;
}

type Direction = 'up' | 'down';

const draftOf = (c: CategoryRow): Draft => ({ id: c.id, name: { ...c.name }, ...(c.icon ? { icon: c.icon } : {}) });

const draftsOf = (list: GuideList): Draft[] => [...list.categories].sort((a, b) => a.order - b.order).map(draftOf);

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
  const [refused, setRefused] = useState('');
  // Creating, archiving and restoring go to the server at once; unsaved edits of the others stay.
  const shelf = useAction();

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

  /** Runs a create, archive or restore, then takes the server's list and changes `drafts` by `patch`. */
  const atOnce = (
    call: () => Promise<GuideList>,
    patch: (drafts: Draft[], saved: GuideList) => Draft[],
    done: string,
  ) => {
    setStatus('');
    setRefused('');
    return shelf.run(async () => {
      const saved = await call();
      list.replace(saved);
      setDrafts((current) => patch(current ?? [], saved));
      setStatus(done);
    });
  };

  const archive = (draft: Draft) =>
    void atOnce(
      () => api.archiveCategory(draft.id),
      (current) => current.filter((d) => d.id !== draft.id),
      t('categories.archived', { name: label(draft) }),
    ).then(() => document.getElementById('archived-categories-heading')?.focus());

  const restore = (category: CategoryRow) =>
    void atOnce(
      () => api.restoreCategory(category.id),
      (current, saved) => [...current, ...saved.categories.filter((c) => c.id === category.id).map(draftOf)],
      t('categories.restored', { name: categoryName(category, 'sv') }),
    );

  const add = (category: CategoryRow) =>
    atOnce(
      () => api.createCategory(category),
      (current) => [...current, draftOf(category)],
      t('categories.added', { name: categoryName(category, 'sv') }),
    );

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
                    <ArchiveCategoryButton
                      category={d}
                      guides={guideCount(d.id)}
                      busy={shelf.busy}
                      onArchive={() => archive(d)}
                      onRefused={setRefused}
                    />
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <p role="status" class="success">
            {status}
          </p>
          {refused && (
            <p class="problem" role="alert">
              {refused}
            </p>
          )}
          <ProblemMessage error={error ?? shelf.error} />
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
      {drafts && list.data && (
        <AddCategory
          taken={[...list.data.categories, ...list.data.archived.categories].map((c) => c.id)}
          order={Math.max(0, ...list.data.categories.map((c) => c.order)) + 1}
          busy={shelf.busy}
          onAdd={add}
        />
      )}
      {list.data && (
        <ArchivedCategories categories={list.data.archived.categories} busy={shelf.busy} onRestore={restore} />
      )}
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
