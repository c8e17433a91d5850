import type { Category, GuideTranslation } from '../../domain/content.js';

/** What the visit gives the request flow. */
export interface RequestFlowProps {
  /** The guide the visitor came from (the flow does not ask what it is about), or null. */
  topic: string | null;
  /** The category the visitor came from, opened on the topic screen; null for all. */
  browsing: string | null;
  /** The kiosk's guides and categories in the visitor's language, for the topic screen. */
  guides: GuideTranslation[];
  categories: Category[];
  /** Leaves the flow from its first step (back to where the visitor came from). */
  onBack: () => void;
  /** The visitor is done: back to the start. */
  onDone: () => void;
}
