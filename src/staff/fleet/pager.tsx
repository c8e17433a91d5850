import { useTranslation } from '../../i18n/use-translation.js';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** Where in the list this page is ("51–100 of 30 000"), with the pages before and after. */
export function Pager({ offset, limit, total, onOffset }: PagerProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={t('fleet.pagesLabel')}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {t('fleet.previous')}
      </button>
      <span>{t('fleet.range', { first: offset + 1, last, total })}</span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        {t('fleet.next')}
      </button>
    </nav>
  );
}
