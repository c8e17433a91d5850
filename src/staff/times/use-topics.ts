import { OTHER_TOPIC } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useLoad } from '../components/use-load.js';
import { publishedTopics, type TopicNames } from '../help-api-client.js';

export interface Topics {
  /** Categories in kiosk order, each with its guides in order; empty until loaded. */
  groups: { id: string; name: string; guides: { id: string; title: string }[] }[];
  /** A topic id's name: a guide's title, a category's name, "Other", or the id itself. */
  nameOf: (id: string) => string;
}

/**
 * The topics a session can be for and a request can name, in the console's language. A failure
 * to load is not shown: ids stand in for names, and nothing else on the screen depends on them.
 */
export function useTopics(): Topics {
  const { t, lang } = useTranslation();
  const loaded = useLoad(() => publishedTopics(lang), [lang]);
  const names: TopicNames = loaded.data ?? { categories: [], guides: [] };
  const groups = [...names.categories]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({
      id: c.id,
      name: c.name,
      guides: names.guides
        .filter((g) => g.category === c.id)
        .sort((a, b) => a.order - b.order)
        .map((g) => ({ id: g.id, title: g.title })),
    }));
  const nameOf = (id: string) =>
    id === OTHER_TOPIC
      ? t('times.topicOther')
      : (names.guides.find((g) => g.id === id)?.title ?? names.categories.find((c) => c.id === id)?.name ?? id);
  return { groups, nameOf };
}
