import { useState } from 'preact/hooks';
import { STAFF_PIN_PATTERN } from '../../domain/schemas/rules.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';

interface StaffPinFormProps {
  hasPin: boolean;
  /** Sends a new PIN, or null to remove it. */
  onSave: (pin: string | null) => Promise<void>;
}

/**
 * The PIN that opens the kiosks' status screen. It is never shown back (the server keeps a hash):
 * the form only says whether one is set, and sets, changes or removes it.
 */
export function StaffPinForm({ hasPin, onSave }: StaffPinFormProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [done, setDone] = useState('');
  const action = useAction();
  const save = async (next: string | null) => {
    setDone('');
    if (await action.run(() => onSave(next))) {
      setPin('');
      setDone(next === null ? t('kioskDefaults.pinRemoved') : t('kioskDefaults.pinSaved'));
    }
  };
  return (
    <section aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t('kioskDefaults.pinHeading')}</h2>
      <p>{hasPin ? t('kioskDefaults.pinSet') : t('kioskDefaults.pinNotSet')}</p>
      <p role="status" class="success">
        {done}
      </p>
      <form
        class="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(pin);
        }}
      >
        <label for="staff-pin">{hasPin ? t('kioskDefaults.newPin') : t('kioskDefaults.pin')}</label>
        <input
          id="staff-pin"
          type="password"
          inputMode="numeric"
          autocomplete="off"
          required
          pattern={STAFF_PIN_PATTERN.replace(/^\^|\$$/g, '')}
          aria-describedby="staff-pin-hint"
          value={pin}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
        <button type="submit" disabled={action.busy}>
          {hasPin ? t('kioskDefaults.changePin') : t('kioskDefaults.setPin')}
        </button>
      </form>
      <p class="hint" id="staff-pin-hint">
        {t('kioskDefaults.pinHint')}
      </p>
      {hasPin && (
        <ConfirmButton
          question={t('kioskDefaults.removePinQuestion')}
          confirmLabel={t('kioskDefaults.removePin')}
          disabled={action.busy}
          onConfirm={() => void save(null)}
        >
          {t('kioskDefaults.removePin')}
        </ConfirmButton>
      )}
      <ProblemMessage error={action.error} />
    </section>
  );
}
