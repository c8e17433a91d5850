import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { KioskIdentity } from '../../domain/schemas/fleet.js';
import { type EnrolOutcome, type EnrolRefusal, enrolWith } from './enrol.js';
import { FleetScreen } from './FleetScreen.js';

/** Without an `online` event (a network that is up but cannot reach the server), try again this often. */
const RETRY_MS = 30_000;

type State = { kind: 'working' } | EnrolOutcome;

/** Each refusal's heading and what happened (keys written out, so the translation check finds them). */
const REFUSED: Record<EnrolRefusal, [string, string]> = {
  unknown: ['enrol.unknownHeading', 'enrol.unknown'],
  expired: ['enrol.expiredHeading', 'enrol.expired'],
  used: ['enrol.usedHeading', 'enrol.used'],
  withdrawn: ['enrol.withdrawnHeading', 'enrol.withdrawn'],
};

interface EnrolScreenProps {
  t: TFunction;
  code: string;
  /** Enrolled: the token, identity and settings are kept. */
  onEnrolled: () => void;
  /** The visitor screens again (after the confirmation, or after a refusal). */
  onDone: () => void;
}

/**
 * Set-up with a one-time code: enrols, then says calmly what the tablet now is; a refused code
 * gets its own explanation and what to do; without a network it says so and tries again when the
 * network is back.
 */
export function EnrolScreen({ t, code, onEnrolled, onDone }: EnrolScreenProps) {
  const [state, setState] = useState<State>({ kind: 'working' });

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = async () => {
      clearTimeout(timer);
      window.removeEventListener('online', attempt);
      setState({ kind: 'working' });
      const outcome = await enrolWith(code).catch((): EnrolOutcome => ({ kind: 'later' }));
      if (!current) return;
      setState(outcome);
      if (outcome.kind === 'enrolled') onEnrolled();
      if (outcome.kind === 'offline' || outcome.kind === 'later') {
        window.addEventListener('online', attempt);
        timer = setTimeout(attempt, RETRY_MS);
      }
    };
    void attempt();
    return () => {
      current = false;
      clearTimeout(timer);
      window.removeEventListener('online', attempt);
    };
  }, [code]);

  if (state.kind === 'enrolled') return <Enrolled t={t} kiosk={state.kiosk} onStart={onDone} />;
  let heading: string;
  let body: string[];
  switch (state.kind) {
    case 'working':
      heading = t('enrol.working');
      body = [];
      break;
    case 'offline':
      heading = t('enrol.offlineHeading');
      body = [t('enrol.offline')];
      break;
    case 'later':
      heading = t('enrol.laterHeading');
      body = [t('enrol.later')];
      break;
    default: {
      const [headingKey, textKey] = REFUSED[state.reason];
      heading = t(headingKey);
      body = [t(textKey), t('enrol.askAdmin')];
    }
  }
  const refused = state.kind === 'refused';
  return (
    <FleetScreen name={`enrol-${state.kind === 'refused' ? state.reason : state.kind}`}>
      <h1>{heading}</h1>
      <div role={refused ? 'alert' : 'status'}>
        {body.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </div>
      {refused && (
        <button type="button" class="primary" onClick={onDone}>
          {t('enrol.close')}
        </button>
      )}
    </FleetScreen>
  );
}

function Enrolled({ t, kiosk, onStart }: { t: TFunction; kiosk: KioskIdentity; onStart: () => void }) {
  return (
    <FleetScreen name="enrol-enrolled">
      <h1>{t('enrol.doneHeading')}</h1>
      <p role="status">{t('enrol.done', { name: kiosk.name, branch: kiosk.branchName })}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('enrol.start')}
      </button>
    </FleetScreen>
  );
}
