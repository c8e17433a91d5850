import type { OpeningHours } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { WEEKDAYS, weekdayName } from './dates.js';

interface OpeningHoursFieldsProps {
  /** Prefix for the inputs' ids, unique on the page. */
  idPrefix: string;
  value: OpeningHours;
  onChange: (value: OpeningHours) => void;
}

/** Hours a library opens a new day with, when a closed day is ticked open. */
const DEFAULT_DAY = { open: '10:00', close: '19:00' };

/**
 * The week's opening hours: per weekday a group with whether it is open and its two times. Each
 * label names its day (hidden after the visible word), so a field is clear out of its group.
 */
export function OpeningHoursFields({ idPrefix, value, onChange }: OpeningHoursFieldsProps) {
  const { t, lang } = useTranslation();
  const setDay = (day: (typeof WEEKDAYS)[number], hours: { open: string; close: string } | undefined) => {
    const next = { ...value };
    if (hours) next[day] = hours;
    else delete next[day];
    onChange(next);
  };
  return (
    <fieldset class="opening-hours">
      <legend>{t('times.openingHours')}</legend>
      {WEEKDAYS.map((day) => {
        const name = weekdayName(Number(day), lang);
        const hours = value[day];
        const id = `${idPrefix}-${day}`;
        const late = hours && hours.close <= hours.open;
        return (
          <fieldset key={day} class="weekday">
            <legend>{name}</legend>
            <div class="inline-field">
              <input
                id={`${id}-open`}
                type="checkbox"
                checked={!!hours}
                onChange={(e) => setDay(day, e.currentTarget.checked ? DEFAULT_DAY : undefined)}
              />
              <label for={`${id}-open`}>
                {t('times.isOpen')}
                <span class="visually-hidden"> {name}</span>
              </label>
            </div>
            {hours && (
              <>
                <div class="inline-field">
                  <label for={`${id}-opens`}>
                    {t('times.opens')}
                    <span class="visually-hidden"> {name}</span>
                  </label>
                  <input
                    id={`${id}-opens`}
                    type="time"
                    required
                    value={hours.open}
                    onInput={(e) => setDay(day, { ...hours, open: e.currentTarget.value })}
                  />
                </div>
                <div class="inline-field">
                  <label for={`${id}-closes`}>
                    {t('times.closes')}
                    <span class="visually-hidden"> {name}</span>
                  </label>
                  <input
                    id={`${id}-closes`}
                    type="time"
                    required
                    aria-invalid={late ? true : undefined}
                    aria-describedby={late ? `${id}-late` : undefined}
                    value={hours.close}
                    onInput={(e) => setDay(day, { ...hours, close: e.currentTarget.value })}
                  />
                </div>
                {late && (
                  <p class="field-error" id={`${id}-late`}>
                    {t('times.closesBeforeOpens')}
                  </p>
                )}
              </>
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** True when every open day closes after it opens. */
export function hoursAreValid(hours: OpeningHours): boolean {
  return Object.values(hours).every((h) => h !== undefined && h.open < h.close);
}
