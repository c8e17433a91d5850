import { useState } from 'preact/hooks';
import type { Branch } from '../../domain/help.js';
import type { EnrolmentCreated, FleetRow, KioskDetail } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { CodeCard } from './code-card.js';
import { fleetApi } from './fleet-api.js';

interface KioskActionsProps {
  row: FleetRow;
  branches: Branch[];
  /** Shows the kiosk as the server answered after a change. */
  onChanged: (detail: KioskDetail) => void;
}

/** An admin's changes to a kiosk: rename, move to another branch, revoke, enrol a revoked one again. */
export function KioskActions({ row, branches, onChanged }: KioskActionsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(row.name);
  const [branchId, setBranchId] = useState(row.branchId);
  const [done, setDone] = useState('');
  const [code, setCode] = useState<EnrolmentCreated | null>(null);
  const action = useAction();

  const change = async (work: () => Promise<KioskDetail>, message: string) => {
    setDone('');
    await action.run(async () => {
      onChanged(await work());
      setDone(message);
    });
  };
  const enrolAgain = async () => {
    setDone('');
    await action.run(async () => setCode(await fleetApi.createEnrolment({ branchId: row.branchId, kioskId: row.id })));
  };

  return (
    <section aria-labelledby="kiosk-actions-heading">
      <h2 id="kiosk-actions-heading">{t('kiosk.actions')}</h2>
      <p role="status" class="success">
        {done}
      </p>
      <ProblemMessage error={action.error} />
      <form
        class="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void change(() => fleetApi.patchKiosk(row.id, { name: name.trim() }), t('kiosk.renamed'));
        }}
      >
        <label for="kiosk-name">{t('kiosk.name')}</label>
        <input id="kiosk-name" required maxLength={60} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={action.busy || name.trim() === row.name || name.trim() === ''}>
          {t('kiosk.rename')}
        </button>
      </form>
      <form
        class="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void change(() => fleetApi.patchKiosk(row.id, { branchId }), t('kiosk.moved'));
        }}
      >
        <label for="kiosk-branch">{t('fleet.branch')}</label>
        <select id="kiosk-branch" value={branchId} onChange={(e) => setBranchId(e.currentTarget.value)}>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={action.busy || branchId === row.branchId}>
          {t('kiosk.move')}
        </button>
      </form>
      <div class="actions">
        {row.state === 'revoked' ? (
          <button type="button" disabled={action.busy} onClick={() => void enrolAgain()}>
            {t('kiosk.enrolAgain')}
          </button>
        ) : (
          <ConfirmButton
            question={t('kiosk.revokeQuestion', { name: row.name })}
            confirmLabel={t('kiosk.revoke')}
            disabled={action.busy}
            onConfirm={() => void change(() => fleetApi.revoke(row.id), t('kiosk.revoked'))}
          >
            {t('kiosk.revoke')}
          </ConfirmButton>
        )}
      </div>
      {code && <CodeCard created={code} onWithdrawn={() => setCode(null)} />}
    </section>
  );
}
