import { useLayoutEffect } from 'preact/hooks';
import type { Category, GuideTranslation } from '../../domain/content.js';
import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

interface HomeProps {
  categories: Category[];
  guides: GuideTranslation[];
  onOpenGuide: (slug: string) => void;
  onChooseLanguage: (code: string) => void;
}

/** Home: the categories in the seed report's order, each with its guides. */
export function Home({ categories, guides, onOpenGuide, onChooseLanguage }: HomeProps) {
  const { t, lang } = useTranslation();
  useLayoutEffect(() => {
    // Read by `npm run bench`: Home's content is in the document (the baseline page marks the same
    // point with an inline script at the end of its body).
    performance.mark('home-interactive');
  }, []);

  return (
    <main class="home">
      <nav class="languages" aria-label={t('home.language')}>
        {LANGUAGES.map((language) => (
          <button
            key={language.code}
            type="button"
            lang={language.htmlLang}
            dir={language.dir}
            aria-pressed={language.code === lang}
            onClick={() => onChooseLanguage(language.code)}
          >
            {language.nativeName}
          </button>
        ))}
      </nav>
      <h1>{t('home.heading')}</h1>
      {categories.map((category) => {
        const inCategory = guides.filter((g) => g.category === category.id);
        if (inCategory.length === 0) return null;
        return (
          <section key={category.id} class="category" aria-labelledby={`category-${category.id}`}>
            <h2 id={`category-${category.id}`}>{category.name}</h2>
            <ul class="guide-list">
              {inCategory.map((guide) => (
                <li key={guide.id}>
                  <button type="button" class="guide-card" onClick={() => onOpenGuide(guide.id)} lang={guide.lang}>
                    <span class="guide-card-title">{guide.title}</span>
                    <span class="guide-card-summary">{guide.summary}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="privacy">{t('home.privacy')}</p>
    </main>
  );
}
