import { useState } from 'preact/hooks';
import type { Branch } from '../../domain/help.js';
import type { StaffRole, StaffUser } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { roleLabel } from '../chrome/role-label.js';
import { ProblemMessage } from '../components/problem-message.js';
import { BranchSelect } from './branch-field.js';
import { ROLES } from './roles.js';

interface AccountRowProps {
  user: StaffUser;
  branches: Branch[];
  isMe: boolean;
  onChanged: () => void;
}

/**
 * One account. The role is chosen, then saved with its own button: saving on every change of the
 * select would save each role a keyboard user arrows past.
 */
export function AccountRow({ user, branches, isMe, onChanged }: AccountRowProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<StaffRole>(user.role);
  const [branchId, setBranchId] = useState(user.branchId ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const roleId = `role-${user.id}`;

  const branchFieldId = `branch-${user.id}`;

  const update = async (change: { role?: StaffRole; disabled?: boolean; branchId?: string | null }) => {
    setBusy(true);
    setError(null);
    try {
      await api.updateUser(user.id, change);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr>
      <th scope="row">
        {user.username}
        {isMe && <span class="you"> ({t('accounts.you')})</span>}
      </th>
      <td>
        <form
          class="row-form"
          onSubmit={(e) => {
            e.preventDefault();
            void update({ role });
          }}
        >
          <label for={roleId} class="visually-hidden">
            {t('accounts.roleOf', { username: user.username })}
          </label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(t, r)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || role === user.role}>
            {t('accounts.saveRole')}
            <span class="visually-hidden"> {user.username}</span>
          </button>
        </form>
        <ProblemMessage error={error} />
      </td>
      <td>
        {user.role === 'helper' ? (
          <form
            class="row-form"
            onSubmit={(e) => {
              e.preventDefault();
              void update({ branchId: branchId || null });
            }}
          >
            <label for={branchFieldId} class="visually-hidden">
              {t('accounts.branchOf', { username: user.username })}
            </label>
            <BranchSelect id={branchFieldId} value={branchId} branches={branches} onChange={setBranchId} />
            <button type="submit" disabled={busy || branchId === (user.branchId ?? '')}>
              {t('accounts.saveBranch')}
              <span class="visually-hidden"> {user.username}</span>
            </button>
          </form>
        ) : (
          <span class="hint">{t('accounts.branchOnlyHelpers')}</span>
        )}
      </td>
      <td>{user.disabled ? t('accounts.disabled') : t('accounts.active')}</td>
      <td>
        {!isMe && (
          <button type="button" disabled={busy} onClick={() => void update({ disabled: !user.disabled })}>
            {user.disabled ? t('accounts.enable') : t('accounts.disable')}
            <span class="visually-hidden"> {user.username}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
