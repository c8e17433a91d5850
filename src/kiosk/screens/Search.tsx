import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideTranslation } from '../../domain/content.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { isSearchReady, searchGuides, searchReady } from '../search/search-index.js';
import { GuideList } from './GuideList.js';

/**
 * Search across the guides in the visitor's language (and their Swedish text), offline. The search
 * itself runs in the search worker; this screen only posts the query and shows the answer.
 */
export function Search({ guides, onOpenGuide }: { guides: GuideTranslation[]; onOpenGuide: (slug: string) => void }) {
  const { t, lang } = useTranslation();
  const [query, setQuery] = useState('');
  // False until the worker holds this language's index (a new tablet's first minutes): the screen says so.
  const [ready, setReady] = useState(() => isSearchReady(lang));
  const [found, setFound] = useState<string[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  // New content or another language: the worker is asked to hold that index (at once when it does).
  useEffect(() => {
    let current = true;
    setReady(isSearchReady(lang));
    searchReady(lang).then(
      () => current && setReady(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [guides, lang]);

  useEffect(() => {
    if (!ready || !query.trim()) return setFound(null);
    let current = true;
    // A newer query answers null for this one: its results would only flash by.
    searchGuides(lang, query).then(
      (ids) => current && ids !== null && setFound(ids),
      () => current && setFound(null),
    );
    return () => {
      current = false;
    };
  }, [ready, query, lang]);

  const results = useMemo(() => {
    if (found === null || !query.trim()) return null;
    const byId = new Map(guides.map((g) => [g.id, g]));
    return found.flatMap((id) => byId.get(id) ?? []);
  }, [found, query, guides]);

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
        {!ready
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
