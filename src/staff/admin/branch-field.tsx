import type { Branch } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';

interface BranchSelectProps {
  id: string;
  value: string;
  branches: Branch[];
  onChange: (branchId: string) => void;
}

/**
 * The branch a helper works at; the fleet view shows a helper only that branch's kiosks. The
 * empty choice is "no branch". The label is the caller's (a column header or a form label).
 */
export function BranchSelect({ id, value, branches, onChange }: BranchSelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('accounts.noBranch')}</option>
      {branches.map((b) => (
        <option key={b.id} value={b.id}>
          {b.name}
        </option>
      ))}
    </select>
  );
}
