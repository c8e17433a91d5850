import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideTranslation } from '../../domain/content.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { GuideSearch } from '../search/guide-search.js';
import { searchIndexFor } from '../search/search-index.js';
import { GuideList } from './GuideList.js';

/** Search across the guides in the visitor's language (and their Swedish text), offline. */
export function Search({ guides, onOpenGuide }: { guides: GuideTranslation[]; onOpenGuide: (slug: string) => void }) {
  const { t, lang } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<GuideSearch | null>(null);
  // True while the index is being built (a new tablet's first minutes): the screen says so.
  const [preparing, setPreparing] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    let current = true;
    setIndex(null);
    void searchIndexFor(guides, lang, () => current && setPreparing(true)).then(
      (loaded) => {
        if (!current) return;
        setIndex(loaded);
        setPreparing(false);
      },
      () => current && setPreparing(false),
    );
    return () => {
      current = false;
    };
  }, [guides, lang]);

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
        {preparing
          ? t('searchIndex.preparing')
          : results === null
            ? ''
            : results.length === 0
              ? t('search.noResults')
              : t('search.results', { count: results.length })}
      </p>
      {results && results.length > 0 && <GuideList guides={results} onOpen={onOpenGuide} />}
    </main>
  );
}
