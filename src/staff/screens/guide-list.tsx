import { useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../domain/languages.js';
import type { CategoryRow, GuideSummary, TranslationStatus } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { StatusChip, statusLabel } from '../components/status-chip.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';
import { useSessionState } from '../components/use-session-state.js';
import { PlaceStatus } from '../editor/place-status.js';
import { ArchivedGuides, ArchiveGuideButton } from '../guides/guide-archive.js';
import { NewGuideForm } from '../guides/new-guide-form.js';
import { hrefOf } from '../routes.js';

const STATUSES: TranslationStatus[] = ['missing', 'draft', 'reviewed', 'outdated'];

/**
 * Every guide with its category and, per language, the translation's status. The filters narrow by
 * category, by which languages are shown, and by a status among the shown languages ("which guides
 * still miss Arabic?").
 */
export function GuideList() {
  const { t, lang } = useTranslation();
  const list = useLoad(() => api.guides(), []);
  const [category, setCategory] = useSessionState<string>('staff-guides-category', '');
  const [language, setLanguage] = useSessionState<string>('staff-guides-language', '');
  const [status, setStatus] = useSessionState<TranslationStatus | ''>('staff-guides-status', '');
  const [view, setView] = useSessionState<'inUse' | 'archived'>('staff-guides-view', 'inUse');
  const [done, setDone] = useState('');
  const archiving = useAction();
  const run = (action: () => Promise<void>) => {
    setDone('');
    return archiving.run(async () => {
      await action();
      await list.reload();
      // The row whose button had the focus is gone: the focus goes to the message saying what happened.
      document.getElementById('guides-done')?.focus();
    });
  };

  const categories = [...(list.data?.categories ?? [])].sort((a, b) => a.order - b.order);
  const categoryName = (id: string) =>
    nameOf(
      categories.find((c) => c.id === id),
      lang,
    ) ?? id;
  const shownLanguages = language ? LANGUAGES.filter((l) => l.code === language) : LANGUAGES;
  const guides = sortGuides(list.data?.guides ?? [], categories).filter(
    (g) =>
      (!category || g.category === category) && (!status || shownLanguages.some((l) => statusOf(g, l.code) === status)),
  );

  return (
    <section>
      <ScreenHeading title={t('guides.heading')}>{t('guides.heading')}</ScreenHeading>
      {list.data && (
        <details class="new-guide">
          <summary>{t('guides.newOpen')}</summary>
          <NewGuideForm list={list.data} categories={categories} />
        </details>
      )}
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="guides-view">{t('guides.view')}</label>
          <select
            id="guides-view"
            value={view}
            onChange={(e) => setView(e.currentTarget.value === 'archived' ? 'archived' : 'inUse')}
          >
            <option value="inUse">{t('guides.viewInUse')}</option>
            <option value="archived">
              {t('guides.viewArchived', { count: list.data?.archived.guides.length ?? 0 })}
            </option>
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{t('guides.filterCategory')}</label>
          <select id="filter-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">{t('guides.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {nameOf(c, lang) ?? c.id}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-language">{t('guides.filterLanguage')}</label>
          <select id="filter-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
            <option value="">{t('guides.allLanguages')}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.htmlLang}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">{t('guides.filterStatus')}</label>
          <select
            id="filter-status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as TranslationStatus | '')}
          >
            <option value="">{t('guides.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <ProblemMessage error={list.error ?? archiving.error} />
      <p role="status" class="success" id="guides-done" tabIndex={-1}>
        {done}
      </p>
      {view === 'archived' && list.data && (
        <ArchivedGuides
          guides={list.data.archived.guides}
          categories={categories}
          categoryName={categoryName}
          busy={archiving.busy}
          run={run}
          onDone={setDone}
        />
      )}
      {view === 'inUse' && (
        <GuideTable
          guides={guides}
          total={list.data?.guides.length}
          languages={shownLanguages}
          categoryName={categoryName}
          run={run}
          onDone={setDone}
        />
      )}
      {list.data && <PlaceStatus places={list.data.places} languages={shownLanguages} status={status} />}
    </section>
  );
}

interface GuideTableProps {
  guides: GuideSummary[];
  /** How many guides are in use; undefined while loading. */
  total: number | undefined;
  languages: readonly Language[];
  categoryName: (id: string) => string;
  run: (action: () => Promise<void>) => Promise<boolean>;
  onDone: (message: string) => void;
}

/** The guides in use, their category and each shown language's status, and the button that archives each. */
function GuideTable({ guides, total, languages: shownLanguages, categoryName, run, onDone }: GuideTableProps) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" class="count">
        {total !== undefined ? t('guides.count', { shown: guides.length, count: total }) : t('app.loading')}
      </p>
      {total !== undefined && (
        <div class="table-scroll">
          <table class="guide-table">
            <caption class="visually-hidden">{t('guides.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guides.guide')}</th>
                <th scope="col">{t('guides.category')}</th>
                {shownLanguages.map((l) => (
                  <th key={l.code} scope="col">
                    <span lang={l.htmlLang} dir={l.dir}>
                      {l.nativeName}
                    </span>
                  </th>
                ))}
                <th scope="col">{t('guides.archiveColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {guides.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <a href={hrefOf({ screen: 'editor', guideId: g.id, lang: null })} lang="sv">
                      {g.titles.sv ?? g.id}
                    </a>
                  </th>
                  <td>{categoryName(g.category)}</td>
                  {shownLanguages.map((l) => (
                    <td key={l.code}>
                      <StatusLink guide={g} language={l} />
                    </td>
                  ))}
                  <td>
                    <ArchiveGuideButton guide={g} run={run} onDone={onDone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A status that opens the guide in that language; its name says which language, for link lists. */
function StatusLink({ guide, language }: { guide: GuideSummary; language: Language }) {
  return (
    <a class="chip-link" href={hrefOf({ screen: 'editor', guideId: guide.id, lang: language.code })}>
      <StatusChip status={statusOf(guide, language.code)} />
      <span class="visually-hidden" lang={language.htmlLang}>
        {` ${language.nativeName}`}
      </span>
    </a>
  );
}

const statusOf = (guide: GuideSummary, lang: string): TranslationStatus => guide.status[lang] ?? 'missing';

function nameOf(category: CategoryRow | undefined, lang: string): string | undefined {
  return category?.name[lang] ?? category?.name.sv;
}

/** In the kiosk's order: by category, then by the guide's place in it. */
function sortGuides(guides: GuideSummary[], categories: CategoryRow[]): GuideSummary[] {
  const rank = (id: string) => categories.find((c) => c.id === id)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...guides].sort((a, b) => rank(a.category) - rank(b.category) || a.order - b.order);
}
