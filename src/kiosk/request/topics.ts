/**
 * What a request is about, as the flow needs it: its title on the check screen, and which
 * sessions may be offered for it. Pure.
 */
import type { Category, GuideTranslation } from '../../domain/content.js';
import { OTHER_TOPIC } from '../../domain/help.js';

/** The topic's name in the visitor's language: a guide's title or a category's name; null for "something else". */
export function topicTitle(topic: string | null, guides: GuideTranslation[], categories: Category[]): string | null {
  if (topic === null || topic === OTHER_TOPIC) return null;
  return guides.find((g) => g.id === topic)?.title ?? categories.find((c) => c.id === topic)?.name ?? null;
}

/**
 * The topics a session must be meant for (or be open to all) to be offered: a guide and its
 * category; a whole category and each of its guides; nothing for "something else".
 */
export function feedTopics(topic: string | null, guides: GuideTranslation[]): string[] {
  if (topic === null || topic === OTHER_TOPIC) return [];
  const guide = guides.find((g) => g.id === topic);
  if (guide) return [guide.id, guide.category];
  return [topic, ...guides.filter((g) => g.category === topic).map((g) => g.id)];
}
