import type { AuditEntry } from '../../domain/schemas/audit.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDateTime } from '../components/format.js';
import { auditSentence, sentenceText } from './sentence.js';

/** The events as sentences in the console's language, newest first. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, lang } = useTranslation();
  return (
    <table class="audit-table">
      <caption class="visually-hidden">{t('audit.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.what')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
            </td>
            <td>{sentenceText(t, auditSentence(entry))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
