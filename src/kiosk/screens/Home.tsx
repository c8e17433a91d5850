import { useState } from 'preact/hooks';
import type { Category, GuideTranslation, Welcome } from '../../domain/content.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { VideoPlayer } from '../guide/VideoPlayer.js';
import { GuideList } from './GuideList.js';

interface HomeProps {
  categories: Category[];
  guides: GuideTranslation[];
  welcome: Welcome | undefined;
  onOpenGuide: (slug: string) => void;
  onSearch: () => void;
  /** Opens the request for a help session with staff (no guide chosen). */
  onRequestHelp: () => void;
  onVideoPlaying: (playing: boolean) => void;
}

/** Home: search, the welcome film, and the categories in the seed report's order with their guides. */
export function Home({ categories, guides, welcome, onOpenGuide, onSearch, onRequestHelp, onVideoPlaying }: HomeProps) {
  const { t, lang } = useTranslation();
  const [showVideo, setShowVideo] = useState(false);

  return (
    <main class="home">
      <h1>{t('home.heading')}</h1>
      <button type="button" class="search-box" onClick={onSearch}>
        {t('home.searchPlaceholder')}
      </button>
      <section class="help-request" aria-labelledby="home-request">
        <h2 id="home-request">{t('home.requestHeading')}</h2>
        <p>{t('home.requestBody')}</p>
        <button type="button" class="primary" onClick={onRequestHelp}>
          {t('home.requestButton')}
        </button>
      </section>
      {welcome?.video &&
        (showVideo ? (
          <VideoPlayer
            video={welcome.video}
            lang={lang}
            label={t('home.welcomeVideo')}
            onPlayingChange={onVideoPlaying}
          />
        ) : (
          <button type="button" class="secondary welcome-video" onClick={() => setShowVideo(true)}>
            {t('home.welcomeVideo')}
          </button>
        ))}
      {categories.map((category) => {
        const inCategory = guides.filter((g) => g.category === category.id);
        if (inCategory.length === 0) return null;
        return (
          <section key={category.id} class="category" aria-labelledby={`category-${category.id}`}>
            <h2 id={`category-${category.id}`}>{category.name}</h2>
            <GuideList guides={inCategory} onOpen={onOpenGuide} />
          </section>
        );
      })}
      <p class="privacy">{t('home.privacy')}</p>
    </main>
  );
}
