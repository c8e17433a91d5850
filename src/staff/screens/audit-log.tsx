import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { formatDateTime } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';

const LIMIT = 200;

/** The newest events first: who did what to which thing, and what it was before and after. */
export function AuditLog() {
  const { t, lang } = useTranslation();
  const log = useLoad(() => api.audit(LIMIT), []);
  return (
    <section>
      <ScreenHeading title={t('audit.heading')}>{t('audit.heading')}</ScreenHeading>
      <p>{t('audit.intro', { count: LIMIT })}</p>
      <ProblemMessage error={log.error} />
      {!log.data && !log.error && <p aria-busy="true">{t('app.loading')}</p>}
      {log.data && (
        <table class="audit-table">
          <caption class="visually-hidden">{t('audit.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.entries.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.at, lang)}</td>
                <td>{row.actor}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>
                  <code>{row.target}</code>
                </td>
                <td>
                  {row.before_id || row.after_id ? (
                    <>
                      <code>{row.before_id ?? '–'}</code> <span aria-hidden="true">→</span>
                      <span class="visually-hidden">{t('audit.to')}</span> <code>{row.after_id ?? '–'}</code>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log.data?.entries.length === 0 && <p>{t('audit.empty')}</p>}
    </section>
  );
}
