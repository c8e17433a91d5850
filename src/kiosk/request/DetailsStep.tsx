import { useEffect, useRef } from 'preact/hooks';
import { BOOKING_LIMITS } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LtrRuns } from '../../ui/inline-text.js';

export type FieldName = 'firstName' | 'phone' | 'email' | 'consent';

/** What the visitor types: kept only in the flow's state, and cleared once the request is queued. */
export interface Details {
  firstName: string;
  phone: string;
  email: string;
  consent: boolean;
}

/** A message in the visitor's language per field that has a problem. */
export type FieldErrors = Partial<Record<FieldName, string>>;

interface DetailsStepProps {
  details: Details;
  errors: FieldErrors;
  onChange: (details: Details) => void;
  onSubmit: () => void;
}

const ids: Record<FieldName, string> = {
  firstName: 'request-first-name',
  phone: 'request-phone',
  email: 'request-email',
  consent: 'request-consent',
};

/**
 * Step 3: the first name, and a phone number or e-mail address for a reminder if the visitor wants one.
 * The fields are uncontrolled (default values from the flow's state): the visit re-renders on every
 * key (the idle watch listens in the capture phase), and a controlled field would be reset to the
 * state from before the key, ahead of its own input handler.
 */
export function DetailsStep({ details, errors, onChange, onSubmit }: DetailsStepProps) {
  const { t, lang } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<Details>) => onChange({ ...details, ...patch });
  const wantsReminder = details.phone.trim() !== '' || details.email.trim() !== '';

  useEffect(() => {
    // Take the visitor to the field with the problem.
    const field = (Object.keys(ids) as FieldName[]).find((name) => errors[name]);
    if (field) form.current?.querySelector<HTMLInputElement>(`#${ids[field]}`)?.focus();
  }, [errors]);

  const describedBy = (name: FieldName, hint?: string) =>
    [hint, errors[name] ? `${ids[name]}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const error = (name: FieldName) =>
    errors[name] ? (
      <p id={`${ids[name]}-error`} class="field-error">
        <LtrRuns text={errors[name]} rtl={languageFor(lang).dir === 'rtl'} />
      </p>
    ) : null;

  return (
    <form
      ref={form}
      id="request-details"
      class="request-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div class="field">
        <label for={ids.firstName}>{t('request.details.firstName')}</label>
        <p id="request-first-name-hint" class="field-hint">
          {t('request.details.neverPersonalNumber')}
        </p>
        <input
          id={ids.firstName}
          type="text"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="words"
          spellcheck={false}
          maxLength={BOOKING_LIMITS.firstNameMax}
          aria-required="true"
          aria-invalid={errors.firstName ? true : undefined}
          aria-describedby={describedBy('firstName', 'request-first-name-hint')}
          defaultValue={details.firstName}
          onInput={(event) => set({ firstName: event.currentTarget.value })}
        />
        {error('firstName')}
      </div>

      <h2>{t('request.details.reminderHeading')}</h2>
      <p>{t('request.details.reminderHelp')}</p>
      <div class="field">
        <label for={ids.phone}>{t('request.details.phone')}</label>
        <input
          id={ids.phone}
          type="tel"
          inputMode="tel"
          dir="ltr"
          autoComplete="off"
          maxLength={BOOKING_LIMITS.phoneMax}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describedBy('phone')}
          defaultValue={details.phone}
          onInput={(event) => set({ phone: event.currentTarget.value })}
        />
        {error('phone')}
      </div>
      <div class="field">
        <label for={ids.email}>{t('request.details.email')}</label>
        <input
          id={ids.email}
          type="email"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          maxLength={BOOKING_LIMITS.emailMax}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
          defaultValue={details.email}
          onInput={(event) => set({ email: event.currentTarget.value })}
        />
        {error('email')}
      </div>
      {wantsReminder && (
        <div class="field consent">
          <input
            id={ids.consent}
            type="checkbox"
            defaultChecked={details.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent')}
            onChange={(event) => set({ consent: event.currentTarget.checked })}
          />
          <label for={ids.consent}>{t('request.details.consent')}</label>
          {error('consent')}
        </div>
      )}

      <section class="privacy-note" aria-labelledby="request-privacy-heading">
        <h2 id="request-privacy-heading">{t('request.details.privacyHeading')}</h2>
        <p>{t('request.details.privacyKept')}</p>
        <p>{t('request.details.privacyDeleted')}</p>
      </section>
    </form>
  );
}
