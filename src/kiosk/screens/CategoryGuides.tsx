import type { Category, GuideTranslation } from '../../domain/content.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Pictogram } from '../../ui/pictogram.js';
import { ActionBar } from '../chrome/ActionBar.js';
import '../chrome/action-bar.css';
import { Tile, TileGrid } from '../tiles/Tile.js';

interface CategoryGuidesProps {
  category: Category;
  guides: GuideTranslation[];
  onOpenGuide: (slug: string) => void;
  onBack: () => void;
}

/**
 * One category: its guides as tiles, marked with their language where it is a fallback. A guide's
 * tile shows its own pictogram, or its category's when it has none.
 */
export function CategoryGuides({ category, guides, onOpenGuide, onBack }: CategoryGuidesProps) {
  const { t, lang } = useTranslation();
  return (
    <main class="category-guides">
      <h1 class="with-pictogram">
        <Pictogram name={category.icon} />
        {category.name}
      </h1>
      <TileGrid>
        {guides
          .filter((guide) => guide.category === category.id)
          .map((guide) => {
            const foreign = guide.lang !== lang ? languageFor(guide.lang) : undefined;
            return (
              <li key={guide.id}>
                <Tile
                  class="guide-card"
                  icon={guide.icon ?? category.icon}
                  label={guide.title}
                  detail={guide.summary}
                  lang={foreign?.htmlLang}
                  dir={foreign?.dir}
                  onClick={() => onOpenGuide(guide.id)}
                />
              </li>
            );
          })}
      </TileGrid>
      <ActionBar>
        <button type="button" class="secondary" onClick={onBack}>
          {t('guide.back')}
        </button>
      </ActionBar>
    </main>
  );
}
