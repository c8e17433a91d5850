import { useState } from 'preact/hooks';
import type { Slot } from '../../domain/help.js';
import type { InboxBooking } from '../../domain/help-api.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatShortDay } from '../times/dates.js';

/**
 * The languages a time's helper speaks, each in its own name. An option holds text only, so each
 * name is isolated (U+2068 … U+2069): an Arabic name beside a Latin one would otherwise reorder
 * the list around it.
 */
export function helperLanguages(codes: readonly string[]): string {
  return codes.map((code) => `\u2068${languageFor(code).nativeName}\u2069`).join(', ');
}

interface MoveFormProps {
  booking: InboxBooking;
  /** The coming slots at every branch; this request's branch's are offered. */
  slots: Slot[];
  busy: boolean;
  onMove: (slotId: string) => void;
}

/**
 * Another time for a request, among its branch's coming sessions, each with the languages its
 * helper speaks. Full ones are listed but cannot be picked; a place taken meanwhile is the
 * server's 409, shown by the row.
 */
export function MoveForm({ booking, slots, busy, onMove }: MoveFormProps) {
  const { t, lang } = useTranslation();
  const choices = slots.filter((s) => s.branchId === booking.branchId && s.id !== booking.slotId);
  const [picked, setSlotId] = useState('');
  // The first free time until one is picked: the slots may arrive after the form is made.
  const slotId = choices.some((s) => s.id === picked && s.placesLeft > 0)
    ? picked
    : (choices.find((s) => s.placesLeft > 0)?.id ?? '');
  const id = `move-${booking.id}`;
  if (choices.length === 0) return <p class="hint">{t('requests.noOtherTimes')}</p>;
  return (
    <form
      class="row-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (slotId) onMove(slotId);
      }}
    >
      <label for={id} class="visually-hidden">
        {t('requests.newTimeFor', { reference: booking.reference })}
      </label>
      <select id={id} value={slotId} onChange={(e) => setSlotId(e.currentTarget.value)}>
        {choices.map((s) => (
          <option key={s.id} value={s.id} disabled={s.placesLeft <= 0}>
            {`${formatShortDay(s.date, lang)} ${s.start}–${s.end} · `}
            {s.languages.length > 0
              ? `${t('requests.helperSpeaks', { languages: helperLanguages(s.languages) })} · `
              : ''}
            {s.placesLeft > 0 ? t('requests.placesLeft', { count: s.placesLeft }) : t('requests.full')}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy || !slotId}>
        {t('requests.moveHere')}
        <span class="visually-hidden"> {booking.reference}</span>
      </button>
    </form>
  );
}
