import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AccountRow } from '../admin/account-row.js';
import { CreateAccountForm } from '../admin/create-account-form.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';

/** Admins: every staff account, its role and whether it may sign in; and new accounts. */
export function Accounts({ me }: { me: Me }) {
  const { t } = useTranslation();
  const list = useLoad(() => api.users(), []);
  const times = useLoad(() => helpApi.times(), []);
  const branches = times.data?.branches ?? [];
  return (
    <section>
      <ScreenHeading title={t('accounts.heading')}>{t('accounts.heading')}</ScreenHeading>
      <ProblemMessage error={list.error ?? times.error} />
      {!list.data && !list.error && <p aria-busy="true">{t('app.loading')}</p>}
      {list.data && (
        <table class="accounts-table">
          <caption class="visually-hidden">{t('accounts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.username')}</th>
              <th scope="col">{t('accounts.role')}</th>
              <th scope="col">{t('accounts.branch')}</th>
              <th scope="col">{t('accounts.state')}</th>
              <th scope="col">{t('accounts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.users.map((user) => (
              <AccountRow
                key={user.id}
                user={user}
                branches={branches}
                isMe={user.id === me.id}
                onChanged={() => void list.reload()}
              />
            ))}
          </tbody>
        </table>
      )}
      <CreateAccountForm branches={branches} onCreated={() => void list.reload()} />
    </section>
  );
}
