import type { TranslationStatus } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** A translation's status as a word with a shape beside it; the colour only repeats the word. */
export function StatusChip({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <span class={`chip chip-${status}`}>
      <span class="chip-mark" aria-hidden="true">
        {STATUS_MARKS[status]}
      </span>
      {statusLabel(t, status)}
    </span>
  );
}

const STATUS_MARKS: Record<TranslationStatus, string> = {
  missing: '○',
  draft: '◐',
  reviewed: '●',
  outdated: '△',
};

/** The status's word; written out key by key so every key is findable in the code. */
export function statusLabel(t: (key: string) => string, status: TranslationStatus): string {
  switch (status) {
    case 'missing':
      return t('status.missing');
    case 'draft':
      return t('status.draft');
    case 'reviewed':
      return t('status.reviewed');
    case 'outdated':
      return t('status.outdated');
  }
}
