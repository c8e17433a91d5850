import { type BookingStatus, type Branch, OTHER_TOPIC } from '../../domain/help.js';
import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { BookingFilters } from '../help-api-client.js';
import { addDays } from '../times/dates.js';
import type { Topics } from '../times/use-topics.js';
import { STATUSES, statusLabel } from './labels.js';

interface FiltersProps {
  value: BookingFilters;
  branches: Branch[];
  topics: Topics;
  onChange: (value: BookingFilters) => void;
}

/**
 * Which requests to show. "Follow-up" is the helpers' to-do list: requests still to place,
 * whatever their date, so the date fields step aside while it is on; so they do while a
 * reference code is typed, as the visitor's request may be on any day.
 */
export function Filters({ value, branches, topics, onChange }: FiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof BookingFilters>(key: K, next: BookingFilters[K]) => onChange({ ...value, [key]: next });
  return (
    <form class="request-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('requests.filtersLabel')}>
      <div class="inline-field follow-up-toggle">
        <input
          id="filter-follow-up"
          type="checkbox"
          checked={value.followUp}
          aria-describedby="filter-follow-up-hint"
          onChange={(e) => set('followUp', e.currentTarget.checked)}
        />
        <label for="filter-follow-up">{t('requests.followUpOnly')}</label>
        <span class="hint" id="filter-follow-up-hint">
          {t('requests.followUpHint')}
        </span>
      </div>
      <div class="filters">
        <div class="field">
          <label for="filter-reference">{t('requests.searchReference')}</label>
          <input
            id="filter-reference"
            type="search"
            autocomplete="off"
            spellcheck={false}
            maxLength={40}
            aria-describedby="filter-reference-hint"
            value={value.reference}
            onInput={(e) => set('reference', e.currentTarget.value)}
          />
          <span class="hint" id="filter-reference-hint">
            {t('requests.searchReferenceHint')}
          </span>
        </div>
        {!value.followUp && !value.reference.trim() && (
          <>
            <div class="field">
              <label for="filter-from">{t('requests.from')}</label>
              <input
                id="filter-from"
                type="date"
                value={value.from}
                onInput={(e) => set('from', e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="filter-to">{t('requests.to')}</label>
              <input
                id="filter-to"
                type="date"
                min={value.from}
                value={value.to}
                onInput={(e) => set('to', e.currentTarget.value)}
              />
            </div>
          </>
        )}
        <div class="field">
          <label for="filter-branch">{t('requests.branch')}</label>
          <select id="filter-branch" value={value.branch} onChange={(e) => set('branch', e.currentTarget.value)}>
            <option value="">{t('requests.allBranches')}</option>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-language">{t('requests.language')}</label>
          <select id="filter-language" value={value.language} onChange={(e) => set('language', e.currentTarget.value)}>
            <option value="">{t('requests.allLanguages')}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.htmlLang}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-topic">{t('requests.topic')}</label>
          <select id="filter-topic" value={value.topic} onChange={(e) => set('topic', e.currentTarget.value)}>
            <option value="">{t('requests.allTopics')}</option>
            {topics.groups.map((g) => (
              <optgroup key={g.id} label={g.name}>
                <option value={g.id}>{t('times.wholeCategory', { name: g.name })}</option>
                {g.guides.map((guide) => (
                  <option key={guide.id} value={guide.id}>
                    {guide.title}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={OTHER_TOPIC}>{topics.nameOf(OTHER_TOPIC)}</option>
          </select>
        </div>
        <div class="field">
          <label for="filter-status">{t('requests.status')}</label>
          <select
            id="filter-status"
            value={value.status}
            onChange={(e) => set('status', e.currentTarget.value as BookingStatus | '')}
          >
            <option value="">{t('requests.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}

/**
 * How far back follow-up looks. The server counts a request without a time from the day it came
 * and starts at today unless told otherwise, which would hide yesterday's unplaced requests.
 */
const FOLLOW_UP_DAYS_BACK = 30;

/**
 * The filters as the server takes them: follow-up asks for every open request of the last month
 * on; a reference code, for its request on whatever day it is.
 */
export function effectiveFilters(filters: BookingFilters, today: string): BookingFilters {
  if (filters.reference.trim()) return { ...filters, from: '', to: '' };
  return filters.followUp ? { ...filters, from: addDays(today, -FOLLOW_UP_DAYS_BACK), to: '' } : filters;
}
