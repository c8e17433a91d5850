import type { KioskDetail } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDateTime } from '../components/format.js';
import { KioskStateChip } from './state-chip.js';

/** The kiosk's state changes, newest first, as the server sends them. */
export function StateHistory({ history }: { history: KioskDetail['history'] }) {
  const { t, lang } = useTranslation();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('kiosk.history')}</h2>
      {history.length === 0 ? (
        <p>{t('kiosk.noHistory')}</p>
      ) : (
        <table class="history-table">
          <caption class="visually-hidden">{t('kiosk.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kiosk.when')}</th>
              <th scope="col">{t('kiosk.fromState')}</th>
              <th scope="col">{t('kiosk.toState')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((change) => (
              <tr key={`${change.at}-${change.to}`}>
                <th scope="row">
                  <time dateTime={change.at}>{formatDateTime(change.at, lang)}</time>
                </th>
                <td>
                  <KioskStateChip state={change.from} />
                </td>
                <td>
                  <KioskStateChip state={change.to} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
