import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadHomeView } from '../../client/content-store.js';
import type { GuideTranslation } from '../../domain/content.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { GuideSearch } from '../search/guide-search.js';
import { GuideList } from './GuideList.js';

// One index per language's guides (the array is new only when the language or the content
// changes), so coming back to search does not build it again.
const indexes = new WeakMap<readonly GuideTranslation[], Promise<GuideSearch>>();

function indexFor(guides: readonly GuideTranslation[]): Promise<GuideSearch> {
  let index = indexes.get(guides);
  if (!index) {
    // The search code and the Swedish texts are loaded only when a visitor searches.
    index = Promise.all([import('../search/guide-search.js'), loadHomeView(SOURCE_LANGUAGE)]).then(([module, source]) =>
      module.buildGuideSearch(guides, source?.guides ?? []),
    );
    indexes.set(guides, index);
    // A failed load is tried again next time, not remembered.
    index.catch(() => indexes.delete(guides));
  }
  return index;
}

/** Search across the guides in the visitor's language (and their Swedish text), offline. */
export function Search({ guides, onOpenGuide }: { guides: GuideTranslation[]; onOpenGuide: (slug: string) => void }) {
  const { t, lang } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<GuideSearch | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    let current = true;
    void indexFor(guides).then((built) => {
      if (current) setIndex(built);
    });
    return () => {
      current = false;
    };
  }, [guides]);

  const results = useMemo(() => {
    if (!index || !query.trim()) return null;
    const byId = new Map(guides.map((g) => [g.id, g]));
    return index.search(query).flatMap((id) => byId.get(id) ?? []);
  }, [index, query, guides]);

  return (
    <main class="search">
      <h1>{t('search.heading')}</h1>
      <form class="search-form" onSubmit={(event) => event.preventDefault()}>
        <label for="search-input">{t('search.label')}</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          lang={lang}
          autoComplete="off"
          autoCorrect="off"
          spellcheck={false}
          placeholder={t('home.searchPlaceholder')}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </form>
      <p class="result-count" role="status">
        {results === null
          ? ''
          : results.length === 0
            ? t('search.noResults')
            : t('search.results', { count: results.length })}
      </p>
      {results && results.length > 0 && <GuideList guides={results} onOpen={onOpenGuide} />}
    </main>
  );
}
