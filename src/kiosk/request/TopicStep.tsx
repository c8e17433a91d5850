import { type Category, categoriesWithGuides, type GuideTranslation } from '../../domain/content.js';
import { OTHER_TOPIC } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Tile, TileGrid } from '../tiles/Tile.js';

interface TopicStepProps {
  guides: GuideTranslation[];
  categories: Category[];
  /** The category open, or null for all of them. */
  browsing: string | null;
  onBrowse: (category: string) => void;
  onChoose: (topic: string) => void;
}

/**
 * "What do you need help with?": the same tiles as Home, categories first, then the guides of the
 * one tapped; "something else" on both, so no visitor is stuck for want of a tile.
 */
export function TopicStep({ guides, categories, browsing, onBrowse, onChoose }: TopicStepProps) {
  const { t, lang } = useTranslation();
  const category = categories.find((c) => c.id === browsing);
  if (!category) {
    return (
      <TileGrid>
        {categoriesWithGuides(categories, guides).map((c) => (
          <li key={c.id}>
            <Tile icon={c.icon} label={c.name} onClick={() => onBrowse(c.id)} />
          </li>
        ))}
        <li>
          <Tile icon="circle-question-mark" label={t('request.topic.other')} onClick={() => onChoose(OTHER_TOPIC)} />
        </li>
      </TileGrid>
    );
  }
  return (
    <>
      <h2>{category.name}</h2>
      <TileGrid>
        {guides
          .filter((g) => g.category === category.id)
          .map((guide) => {
            const foreign = guide.lang !== lang ? languageFor(guide.lang) : undefined;
            return (
              <li key={guide.id}>
                <Tile
                  icon={category.icon}
                  label={guide.title}
                  lang={foreign?.htmlLang}
                  dir={foreign?.dir}
                  onClick={() => onChoose(guide.id)}
                />
              </li>
            );
          })}
        <li>
          <Tile
            icon="circle-question-mark"
            label={t('request.topic.otherInCategory')}
            onClick={() => onChoose(category.id)}
          />
        </li>
      </TileGrid>
    </>
  );
}
