import { useTranslation } from '../../i18n/use-translation.js';
import type { Topics } from './use-topics.js';

interface TopicChoiceProps {
  idPrefix: string;
  topics: Topics;
  value: string[];
  onChange: (value: string[]) => void;
}

/**
 * What a session is for: whole categories or single guides, grouped as the kiosk shows them.
 * None ticked means any topic. Ids the published content no longer has stay listed while chosen,
 * so saving a pattern never drops a topic silently.
 */
export function TopicChoice({ idPrefix, topics, value, onChange }: TopicChoiceProps) {
  const { t } = useTranslation();
  const known = new Set(topics.groups.flatMap((g) => [g.id, ...g.guides.map((guide) => guide.id)]));
  const unknown = value.filter((id) => !known.has(id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  const box = (id: string, label: string) => (
    <div class="inline-field" key={id}>
      <input
        id={`${idPrefix}-topic-${id}`}
        type="checkbox"
        checked={value.includes(id)}
        onChange={(e) => toggle(id, e.currentTarget.checked)}
      />
      <label for={`${idPrefix}-topic-${id}`}>{label}</label>
    </div>
  );
  return (
    <fieldset class="topic-choice" aria-describedby={`${idPrefix}-topics-hint`}>
      <legend>{t('times.topics')}</legend>
      <p class="hint" id={`${idPrefix}-topics-hint`}>
        {t('times.topicsHint')}
      </p>
      <div class="topic-groups">
        {topics.groups.map((group) => (
          <fieldset key={group.id} class="topic-group">
            <legend>{group.name}</legend>
            {box(group.id, t('times.wholeCategory', { name: group.name }))}
            {group.guides.map((guide) => box(guide.id, guide.title))}
          </fieldset>
        ))}
        {unknown.length > 0 && (
          <fieldset class="topic-group">
            <legend>{t('times.otherTopics')}</legend>
            {unknown.map((id) => box(id, topics.nameOf(id)))}
          </fieldset>
        )}
      </div>
    </fieldset>
  );
}
