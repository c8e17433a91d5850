import type { Branch } from '../../domain/help.js';
import { KIOSK_STATES, type KioskState } from '../../domain/schemas/rules.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { kioskStateLabel } from './state-chip.js';

/** What the fleet view shows; empty strings mean "all". */
export interface FleetFilter {
  branch: string;
  state: KioskState | '';
  q: string;
}

interface FleetFiltersProps {
  value: FleetFilter;
  branches: Branch[];
  /** Kiosks per state within the branch filter, from the server's answer. */
  counts: Record<string, number> | undefined;
  onChange: (value: FleetFilter) => void;
}

/**
 * Which kiosks to show: a branch, a state (toggle buttons carrying how many kiosks are in each, so
 * the counts are the filter) and part of a name.
 */
export function FleetFilters({ value, branches, counts, onChange }: FleetFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof FleetFilter>(key: K, next: FleetFilter[K]) => onChange({ ...value, [key]: next });
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  return (
    <form class="fleet-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('fleet.filtersLabel')}>
      <div class="filters">
        <div class="field">
          <label for="fleet-branch">{t('fleet.branch')}</label>
          <select id="fleet-branch" value={value.branch} onChange={(e) => set('branch', e.currentTarget.value)}>
            <option value="">{t('fleet.allBranches')}</option>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="fleet-search">{t('fleet.search')}</label>
          <input
            id="fleet-search"
            type="search"
            maxLength={60}
            value={value.q}
            onInput={(e) => set('q', e.currentTarget.value)}
          />
        </div>
      </div>
      <fieldset class="state-filter">
        <legend>{t('fleet.stateFilter')}</legend>
        <button type="button" class="filter-chip" aria-pressed={value.state === ''} onClick={() => set('state', '')}>
          {t('fleet.allStates')} {all !== undefined && <span class="filter-count">{all}</span>}
        </button>
        {KIOSK_STATES.map((state) => (
          <button
            key={state}
            type="button"
            class={`filter-chip chip-kiosk-${state}`}
            aria-pressed={value.state === state}
            onClick={() => set('state', value.state === state ? '' : state)}
          >
            {kioskStateLabel(t, state)} {counts && <span class="filter-count">{counts[state] ?? 0}</span>}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
