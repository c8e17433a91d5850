import { useMemo } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { type DateTimeWriter, dateTimeWriter } from './slot-choice.js';

/**
 * Dates and times in the visitor's language. Where the browser has no date names for it (Chromium
 * has none for Somali and Tigrinya) the kiosk's own translated names are used.
 */
export function useDateWriter(): DateTimeWriter {
  const { t, lang } = useTranslation();
  return useMemo(
    () =>
      dateTimeWriter(lang, ({ weekday, day, month }) =>
        t('request.date.day', {
          weekday: t('request.date.weekdays').split(',')[weekday - 1] ?? '',
          day,
          month: t('request.date.months').split(',')[month - 1] ?? '',
        }),
      ),
    [lang, t],
  );
}
