import { useTranslation } from '../../i18n/use-translation.js';
import type { AuditFilters as Filters } from './audit-query.js';
import { AUDIT_KIND_LABELS } from './sentence.js';

interface AuditFiltersProps {
  value: Filters;
  /** Everyone who appears in the log. */
  actors: readonly string[];
  onChange: (value: Filters) => void;
}

/** Which events to show: by person, kind of event and days (the library's dates, inclusive). */
export function AuditFilters({ value, actors, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (key: keyof Filters, next: string) => onChange({ ...value, [key]: next });
  const kinds = Object.entries(AUDIT_KIND_LABELS)
    .map(([kind, key]) => ({ kind, label: t(key) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form class="filters audit-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('audit.filtersLabel')}>
      <div class="field">
        <label for="audit-actor">{t('audit.actor')}</label>
        <select id="audit-actor" value={value.actor} onChange={(e) => set('actor', e.currentTarget.value)}>
          <option value="">{t('audit.allActors')}</option>
          {actors.map((actor) => (
            <option key={actor} value={actor}>
              {actor}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="audit-kind">{t('audit.kindFilter')}</label>
        <select id="audit-kind" value={value.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          <option value="">{t('audit.allKinds')}</option>
          {kinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="audit-from">{t('audit.from')}</label>
        <input
          id="audit-from"
          type="date"
          max={value.to || undefined}
          value={value.from}
          onInput={(e) => set('from', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="audit-to">{t('audit.to')}</label>
        <input
          id="audit-to"
          type="date"
          min={value.from || undefined}
          value={value.to}
          onInput={(e) => set('to', e.currentTarget.value)}
        />
      </div>
    </form>
  );
}
