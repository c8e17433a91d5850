import { useTranslation } from '../../i18n/use-translation.js';
import { WEEKDAYS, weekdayName } from './dates.js';
import type { PatternDraft } from './pattern-draft.js';
import { invalidIf } from './server-field.js';

interface WhenFieldsProps {
  idPrefix: string;
  draft: PatternDraft;
  set: <K extends keyof PatternDraft>(key: K, value: PatternDraft[K]) => void;
  /** The last save's error, and the id of its message, to mark the field it names. */
  error: unknown;
  problemId: string;
}

/** When a weekly session runs and, if it is booked, how many visitors it takes. */
export function WhenFields({ idPrefix, draft, set, error, problemId }: WhenFieldsProps) {
  const { t, lang } = useTranslation();
  return (
    <>
      <div class="filters">
        <div class="field">
          <label for={`${idPrefix}-weekday`}>{t('times.weekday')}</label>
          <select
            id={`${idPrefix}-weekday`}
            value={draft.weekday}
            onChange={(e) => set('weekday', e.currentTarget.value)}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(Number(day), lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${idPrefix}-start`}>{t('times.start')}</label>
          <input
            id={`${idPrefix}-start`}
            {...invalidIf(error, 'start', problemId)}
            type="time"
            required
            value={draft.start}
            onInput={(e) => set('start', e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${idPrefix}-duration`}>{t('times.duration')}</label>
          <input
            id={`${idPrefix}-duration`}
            {...invalidIf(error, 'durationMinutes', problemId)}
            type="number"
            inputMode="numeric"
            required
            min={5}
            max={600}
            step={5}
            class="short"
            value={draft.duration}
            onInput={(e) => set('duration', e.currentTarget.value)}
          />
        </div>
        {draft.kind === 'bookable' && (
          <div class="field">
            <label for={`${idPrefix}-capacity`}>{t('times.capacity')}</label>
            <input
              id={`${idPrefix}-capacity`}
              {...invalidIf(error, 'capacity', problemId)}
              type="number"
              inputMode="numeric"
              required
              min={1}
              max={100}
              class="short"
              value={draft.capacity}
              onInput={(e) => set('capacity', e.currentTarget.value)}
            />
          </div>
        )}
      </div>
      {draft.kind === 'drop-in' && <p class="hint">{t('times.dropInHint')}</p>}
    </>
  );
}
