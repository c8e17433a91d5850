import type { GuideTranslation } from '../../domain/content.js';
import { GuideCard } from './GuideCard.js';

/** Guides as a list of large cards (a category on Home, or search results). */
export function GuideList({ guides, onOpen }: { guides: GuideTranslation[]; onOpen: (slug: string) => void }) {
  return (
    <ul class="guide-list">
      {guides.map((guide) => (
        <li key={guide.id}>
          <GuideCard guide={guide} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
