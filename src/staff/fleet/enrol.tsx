import { useState } from 'preact/hooks';
import type { EnrolmentCreated } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';
import { CodeCard } from './code-card.js';
import { fleetApi } from './fleet-api.js';
import { FleetNav } from './fleet-nav.js';
import { OpenCodes } from './open-codes.js';

/**
 * Admins enrol a tablet: pick its branch (and a name), get a one-time code for 15 minutes, and
 * open its address on the tablet, scan its QR code, or type the code. Open codes can be withdrawn.
 */
export function Enrol() {
  const { t } = useTranslation();
  const times = useLoad(() => helpApi.times(), []);
  const open = useLoad(() => fleetApi.enrolments(), []);
  const [branchId, setBranchId] = useState('');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<EnrolmentCreated | null>(null);
  const action = useAction();
  const branches = times.data?.branches ?? [];
  const chosen = branchId || branches[0]?.id || '';

  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(async () => {
      setCreated(await fleetApi.createEnrolment({ branchId: chosen, name: name.trim() || undefined }));
    });
    if (ok) {
      setName('');
      await open.reload();
    }
  };

  return (
    <section class="enrol">
      <ScreenHeading title={t('enrol.heading')}>{t('enrol.heading')}</ScreenHeading>
      <FleetNav staffRole="admin" current="enrol" />
      <p>{t('enrol.intro')}</p>
      <form class="stack narrow" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="enrol-branch">{t('fleet.branch')}</label>
          <select id="enrol-branch" required value={chosen} onChange={(e) => setBranchId(e.currentTarget.value)}>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="enrol-name">{t('enrol.name')}</label>
          <input
            id="enrol-name"
            maxLength={60}
            aria-describedby="enrol-name-hint"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p class="hint" id="enrol-name-hint">
            {t('enrol.nameHint')}
          </p>
        </div>
        <ProblemMessage error={action.error ?? times.error} />
        <div class="actions">
          <button type="submit" class="primary" disabled={action.busy || chosen === ''}>
            {t('enrol.create')}
          </button>
        </div>
      </form>
      {created && (
        <CodeCard
          key={created.id}
          created={created}
          onWithdrawn={() => {
            setCreated(null);
            void open.reload();
          }}
        />
      )}
      <ProblemMessage error={open.error} />
      {open.data && (
        <OpenCodes enrolments={open.data.enrolments} branches={branches} onWithdrawn={() => void open.reload()} />
      )}
    </section>
  );
}
