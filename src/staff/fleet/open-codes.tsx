import type { Branch } from '../../domain/help.js';
import type { EnrolmentRow } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDateTime } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { fleetApi } from './fleet-api.js';

interface OpenCodesProps {
  enrolments: EnrolmentRow[];
  branches: Branch[];
  onWithdrawn: (id: number) => void;
}

/** The codes still usable (never the codes themselves: only their hashes are kept), each withdrawable. */
export function OpenCodes({ enrolments, branches, onWithdrawn }: OpenCodesProps) {
  const { t, lang } = useTranslation();
  const action = useAction();
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const withdraw = async (id: number) => {
    if (await action.run(() => fleetApi.withdrawEnrolment(id))) onWithdrawn(id);
  };
  return (
    <section aria-labelledby="open-codes-heading">
      <h2 id="open-codes-heading">{t('enrol.openHeading')}</h2>
      <ProblemMessage error={action.error} />
      {enrolments.length === 0 ? (
        <p>{t('enrol.noneOpen')}</p>
      ) : (
        <table class="open-codes">
          <caption class="visually-hidden">{t('enrol.openHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fleet.branch')}</th>
              <th scope="col">{t('kiosk.name')}</th>
              <th scope="col">{t('enrol.createdBy')}</th>
              <th scope="col">{t('enrol.expires')}</th>
              <th scope="col">{t('accounts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {enrolments.map((e) => (
              <tr key={e.id}>
                <th scope="row">{branchName(e.branchId)}</th>
                <td>{e.name ?? (e.kioskId ? t('enrol.again') : '–')}</td>
                <td>{e.createdBy}</td>
                <td>
                  <time dateTime={e.expiresAt}>{formatDateTime(e.expiresAt, lang)}</time>
                </td>
                <td>
                  <button type="button" disabled={action.busy} onClick={() => void withdraw(e.id)}>
                    {t('enrol.withdraw')}
                    <span class="visually-hidden">
                      {' '}
                      ({branchName(e.branchId)}, {formatDateTime(e.expiresAt, lang)})
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
