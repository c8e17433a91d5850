import { useState } from 'preact/hooks';
import { type Category, categoriesWithGuides, type GuideTranslation, type Welcome } from '../../domain/content.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { VideoPlayer } from '../guide/VideoPlayer.js';
import { Tile, TileGrid } from '../tiles/Tile.js';

interface HomeProps {
  categories: Category[];
  guides: GuideTranslation[];
  welcome: Welcome | undefined;
  onOpenCategory: (id: string) => void;
  onSearch: () => void;
  /** Opens the request for a help session with staff (no guide chosen). */
  onRequestHelp: () => void;
  onVideoPlaying: (playing: boolean) => void;
}

/**
 * Home: every category as a tile with its pictogram, and a tile to ask for a person, all on one
 * screen without scrolling; search and the welcome film below.
 */
export function Home({
  categories,
  guides,
  welcome,
  onOpenCategory,
  onSearch,
  onRequestHelp,
  onVideoPlaying,
}: HomeProps) {
  const { t, lang } = useTranslation();
  const [showVideo, setShowVideo] = useState(false);

  return (
    <main class="home">
      <h1>{t('home.heading')}</h1>
      <TileGrid>
        {categoriesWithGuides(categories, guides).map((category) => (
          <li key={category.id}>
            <Tile icon={category.icon} label={category.name} onClick={() => onOpenCategory(category.id)} />
          </li>
        ))}
        <li>
          <Tile icon="hand-helping" label={t('home.requestButton')} kind="help" onClick={onRequestHelp} />
        </li>
      </TileGrid>
      <div class="home-more">
        <button type="button" class="search-box" onClick={onSearch}>
          {t('home.searchPlaceholder')}
        </button>
        {welcome?.video && !showVideo && (
          <button type="button" class="secondary welcome-video" onClick={() => setShowVideo(true)}>
            {t('home.welcomeVideo')}
          </button>
        )}
      </div>
      {welcome?.video && showVideo && (
        <VideoPlayer
          video={welcome.video}
          lang={lang}
          label={t('home.welcomeVideo')}
          onPlayingChange={onVideoPlaying}
        />
      )}
      <p class="privacy">{t('home.privacy')}</p>
    </main>
  );
}
