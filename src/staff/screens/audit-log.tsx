import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { AuditFilters } from '../audit/audit-filters.js';
import { auditCsvUrl, auditQuery, type AuditFilters as Filters, NO_FILTERS } from '../audit/audit-query.js';
import { AuditTable } from '../audit/audit-table.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';

const LIMIT = 200;

/** The newest events first, each a sentence: who did what to which guide, request or tablet. */
export function AuditLog() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const query = auditQuery(filters, LIMIT);
  const log = useLoad(() => api.audit(query), [query]);
  const filtered = query !== auditQuery(NO_FILTERS, LIMIT);
  return (
    <section>
      <ScreenHeading title={t('audit.heading')}>{t('audit.heading')}</ScreenHeading>
      <p>{t('audit.intro', { count: LIMIT })}</p>
      <AuditFilters value={filters} actors={log.data?.actors ?? []} onChange={setFilters} />
      <p>
        <a class="button-link" href={auditCsvUrl(filters)} download>
          {t('audit.csv')}
        </a>
      </p>
      <ProblemMessage error={log.error} />
      {!log.data && !log.error && <p aria-busy="true">{t('app.loading')}</p>}
      {log.data && log.data.entries.length > 0 && <AuditTable entries={log.data.entries} />}
      {log.data?.entries.length === 0 && <p>{filtered ? t('audit.noMatch') : t('audit.empty')}</p>}
    </section>
  );
}
