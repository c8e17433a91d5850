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
  onVideoPlaying: (playing: boolean) => void;
}

/** Home: search, the welcome film, and the categories in the seed report's order with their guides. */
export function Home({ categories, guides, welcome, onOpenGuide, onSearch, onVideoPlaying }: HomeProps) {
  const { t, lang } = useTranslation();
  const [showVideo, setShowVideo] = useState(false);

  return (
    <main class="home">
      <h1>{t('home.heading')}</h1>
      <button type="button" class="search-box" onClick={onSearch}>
        {t('home.searchPlaceholder')}
      </button>
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
