import { displayEnrolmentCode } from '../../domain/enrolment-code.js';
import type { EnrolmentCreated } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { QrCode } from '../../ui/qr-code.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { fleetApi } from './fleet-api.js';
import { formatCountdown, secondsLeft } from './format.js';
import { useNow } from './use-now.js';

interface CodeCardProps {
  created: EnrolmentCreated;
  /** Called once the code is withdrawn. */
  onWithdrawn: () => void;
}

/**
 * A new one-time code, shown only now (the server keeps its hash): big as text to type, as the
 * set-up address and as a QR code to scan, with the time left until it expires and a way to
 * withdraw it. The countdown is read out only at the minute, not every second.
 */
export function CodeCard({ created, onWithdrawn }: CodeCardProps) {
  const { t } = useTranslation();
  const now = useNow();
  const action = useAction();
  const left = secondsLeft(created.expiresAt, now);
  const expired = left === 0;
  const withdraw = async () => {
    if (await action.run(() => fleetApi.withdrawEnrolment(created.id))) onWithdrawn();
  };
  return (
    <section class="code-card" aria-labelledby="code-heading">
      <h2 id="code-heading">{t('enrol.codeHeading')}</h2>
      <p class={expired ? 'enrol-code expired' : 'enrol-code'} data-testid="enrolment-code">
        {displayEnrolmentCode(created.code)}
      </p>
      <p class="countdown" data-testid="countdown">
        {expired ? t('enrol.expired') : t('enrol.expiresIn', { time: formatCountdown(left) })}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {expired ? t('enrol.expired') : t('enrol.minutesLeft', { count: Math.ceil(left / 60) })}
      </p>
      {!expired && (
        <>
          <QrCode value={created.url} label={t('enrol.qrLabel')} size={220} />
          <p>
            {t('enrol.address')} <code data-testid="enrolment-url">{created.url}</code>
          </p>
          <p class="hint">{t('enrol.howTo')}</p>
          <ProblemMessage error={action.error} />
          <button type="button" disabled={action.busy} onClick={() => void withdraw()}>
            {t('enrol.withdraw')}
          </button>
        </>
      )}
    </section>
  );
}
