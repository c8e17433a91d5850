import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { StaffPinHash } from '../../domain/kiosk-settings.js';
import { FleetScreen } from './FleetScreen.js';
import { pinGuard, pinMatches } from './staff-pin.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const MAX_DIGITS = 8;

interface PinPadProps {
  t: TFunction;
  /** The branch's PIN; null: none is set, and the pad only says so. */
  pin: StaffPinHash | null;
  onMatched: () => void;
  onCancel: () => void;
}

/** Large digit keys for the staff PIN, checked on the tablet; five wrong tries and it waits a minute. */
export function PinPad({ t, pin, onMatched, onCancel }: PinPadProps) {
  const [entered, setEntered] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const [waitMs, setWaitMs] = useState(pinGuard.waitMs());

  useEffect(() => {
    if (waitMs <= 0) return;
    const tick = setInterval(() => setWaitMs(pinGuard.waitMs()), 1000);
    return () => clearInterval(tick);
  }, [waitMs > 0]);

  const close = (
    <button type="button" class="secondary pin-close" onClick={onCancel} aria-label={t('pin.close')}>
      <span aria-hidden="true">✕</span>
    </button>
  );
  if (!pin) {
    return (
      <FleetScreen name="no-pin">
        {close}
        <p role="status">{t('pin.noPin')}</p>
      </FleetScreen>
    );
  }

  const check = async () => {
    if (checking || entered.length === 0 || pinGuard.waitMs() > 0) return;
    setChecking(true);
    const matched = await pinMatches(entered, pin).catch(() => false);
    pinGuard.record(matched);
    setChecking(false);
    setEntered('');
    if (matched) return onMatched();
    setWrong(true);
    setWaitMs(pinGuard.waitMs());
  };
  const waiting = waitMs > 0;
  const press = (digit: string) => {
    setWrong(false);
    setEntered((e) => (e.length < MAX_DIGITS ? e + digit : e));
  };

  return (
    <FleetScreen name="pin" class="pin-pad">
      {close}
      <h1 class="visually-hidden">{t('pin.heading')}</h1>
      <output class="pin-dots" aria-label={t('pin.heading')}>
        {'•'.repeat(entered.length) || '\u00a0'}
      </output>
      <p role="alert" class="pin-message">
        {waiting ? t('pin.wait', { seconds: Math.ceil(waitMs / 1000) }) : wrong ? t('pin.wrong') : ''}
      </p>
      <div class="pin-keys" dir="ltr">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" class="pin-key" disabled={waiting} onClick={() => press(digit)}>
            {digit}
          </button>
        ))}
        <button
          type="button"
          class="pin-key"
          aria-label={t('pin.erase')}
          disabled={waiting}
          onClick={() => setEntered((e) => e.slice(0, -1))}
        >
          <span aria-hidden="true">⌫</span>
        </button>
        <button
          type="button"
          class="pin-key pin-ok"
          aria-label={t('pin.ok')}
          disabled={waiting || checking}
          onClick={() => void check()}
        >
          <span aria-hidden="true">✓</span>
        </button>
      </div>
    </FleetScreen>
  );
}
