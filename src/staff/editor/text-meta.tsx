import type { GuideText } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDateTime } from '../components/format.js';
import { StatusChip } from '../components/status-chip.js';
import { textStatus } from './text-status.js';

/** A text's status and who saved it when. */
export function TextMeta({ text }: { text: GuideText | undefined }) {
  const { t, lang } = useTranslation();
  return (
    <p class="text-meta">
      <StatusChip status={textStatus(text)} />
      {text && <span>{t('editor.savedBy', { when: formatDateTime(text.updatedAt, lang), who: text.updatedBy })}</span>}
    </p>
  );
}
