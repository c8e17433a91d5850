import { useContext, useEffect, useRef } from 'preact/hooks';
import { BOOKING_LIMITS } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LtrRuns } from '../../ui/inline-text.js';
import { KioskConfigContext } from '../kiosk-config-context.js';

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
 * Step 3: the first name; a mobile number if the visitor wants staff to be able to call; and a
 * reminder by e-mail only where the server sends e-mail (the address is asked for once the visitor
 * says yes, so none is given without consent). Without a channel no reminder and no consent is asked.
 * The fields are uncontrolled (default values from the flow's state): the visit re-renders on every
 * key (the idle watch listens in the capture phase), and a controlled field would be reset to the
 * state from before the key, ahead of its own input handler.
 */
export function DetailsStep({ details, errors, onChange, onSubmit }: DetailsStepProps) {
  const { t, lang } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<Details>) => onChange({ ...details, ...patch });
  // A reminder is offered only through a channel the server can send it by (today only e-mail).
  const byEmail = useContext(KioskConfigContext).reminderChannels.includes('email');

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

      <div class="field">
        <label for={ids.phone}>{t('request.details.phone')}</label>
        <p id="request-phone-hint" class="field-hint">
          {t('requestContact.phoneHelp')}
        </p>
        <input
          id={ids.phone}
          type="tel"
          inputMode="tel"
          dir="ltr"
          autoComplete="off"
          maxLength={BOOKING_LIMITS.phoneMax}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describedBy('phone', 'request-phone-hint')}
          defaultValue={details.phone}
          onInput={(event) => set({ phone: event.currentTarget.value })}
        />
        {error('phone')}
      </div>

      {byEmail && (
        <section class="reminder-choice" aria-labelledby="request-reminder-heading">
          <h2 id="request-reminder-heading">{t('request.details.reminderHeading')}</h2>
          <p>{t('requestContact.byEmail')}</p>
          <div class="field consent">
            <input
              id={ids.consent}
              type="checkbox"
              defaultChecked={details.consent}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={describedBy('consent')}
              // No reminder, no address: one left behind would be kept without a reason.
              onChange={(event) => set(event.currentTarget.checked ? { consent: true } : { consent: false, email: '' })}
            />
            <label for={ids.consent}>{t('requestContact.wantEmail')}</label>
            {error('consent')}
          </div>
          {details.consent && (
            <div class="field">
              <label for={ids.email}>{t('requestContact.email')}</label>
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
          )}
        </section>
      )}

      <section class="privacy-note" aria-labelledby="request-privacy-heading">
        <h2 id="request-privacy-heading">{t('request.details.privacyHeading')}</h2>
        <p>{t('request.details.privacyKept')}</p>
        <p>{t('request.details.privacyDeleted')}</p>
      </section>
    </form>
  );
}
