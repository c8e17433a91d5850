import { attendanceOpen } from '../../domain/attendance.js';
import type { BookingStatus } from '../../domain/help.js';
import type { InboxBooking } from '../../domain/help-api.js';
import { libraryLocal } from '../../domain/slot-rules.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { formatShortDay } from '../times/dates.js';
import { LanguageName } from '../times/labels.js';
import { outcomeLabel, statusLabel } from './labels.js';
import { MoveForm } from './move-form.js';
import type { RequestContext } from './request-context.js';

interface RequestRowProps {
  booking: InboxBooking;
  context: RequestContext;
  /** After a change: what to announce; resolves once the list is loaded again. */
  onChanged: (message: string) => Promise<void>;
}

/**
 * One request: who asked for what, when, and the helper's actions. Attended and no-show are set
 * here only, by a helper who was there, from the session's start on; either can be corrected to
 * the other.
 */
export function RequestRow({ booking: b, context, onChanged }: RequestRowProps) {
  const { t, lang } = useTranslation();
  const { busy, error, run } = useAction();
  const open = b.status === 'waiting' || b.status === 'confirmed';
  const held = b.status === 'confirmed' || b.status === 'attended' || b.status === 'no-show';
  // Only a request that holds a time can be confirmed (a cancelled one takes its place again, if
  // still free); one without a time is given one with Move.
  const confirmable = (b.status === 'waiting' || b.status === 'cancelled') && b.slotId !== null;
  // Whether the visitor came is known from the session's start on; the server refuses it before.
  const attendable = held && attendanceOpen(b, libraryLocal(new Date()));

  const setStatus = (status: BookingStatus) =>
    run(async () => {
      const saved = await helpApi.setStatus(b.id, status);
      await onChanged(t('requests.statusChanged', { reference: b.reference, status: statusLabel(t, saved.status) }));
      focusRow(b.id);
    });
  const move = (slotId: string) =>
    run(async () => {
      const saved = await helpApi.move(b.id, slotId);
      await onChanged(
        t('requests.moved', { reference: b.reference, time: saved.slotId ? context.slotName(saved.slotId) : '' }),
      );
      focusRow(b.id);
    });

  const action = (status: BookingStatus, label: string) => (
    <button type="button" disabled={busy} onClick={() => void setStatus(status)}>
      {label}
      <span class="visually-hidden"> {b.reference}</span>
    </button>
  );

  return (
    <tr class={b.followUp ? 'follow-up' : undefined}>
      <th scope="row" id={`request-${b.id}`} tabIndex={-1}>
        <span class="reference">{b.reference}</span>
      </th>
      <td>{b.start && b.end ? `${b.start}–${b.end}` : <em>{t('requests.noTimeYet')}</em>}</td>
      <td>
        {context.topicName(b.topic)}
        <br />
        <LanguageName code={b.language} />
      </td>
      <td>
        <Visitor booking={b} />
      </td>
      <td>
        {b.anyTime ? (
          t('requests.anyTime')
        ) : (
          <ol class="asked-for">
            {b.requestedSlots.map((id) => (
              <li key={id}>{context.slotName(id)}</li>
            ))}
          </ol>
        )}
      </td>
      <td>
        <span class={`chip chip-status-${b.status}`}>{statusLabel(t, b.status)}</span>
        {b.followUp && <span class="chip chip-follow-up">{t('requests.followUpChip')}</span>}
        <p class="hint">{t('requests.outcomeWas', { outcome: outcomeLabel(t, b.outcome) })}</p>
      </td>
      <td>
        <div class="row-actions">
          {confirmable && action('confirmed', t('requests.confirm'))}
          {attendable && b.status !== 'attended' && action('attended', t('requests.attended'))}
          {attendable && b.status !== 'no-show' && action('no-show', t('requests.noShow'))}
          {open && (
            <ConfirmButton
              question={t('requests.confirmCancel', { reference: b.reference })}
              confirmLabel={t('requests.cancelRequest')}
              disabled={busy}
              onConfirm={() => void setStatus('cancelled')}
            >
              {t('requests.cancelRequest')}
              <span class="visually-hidden"> {b.reference}</span>
            </ConfirmButton>
          )}
        </div>
        {held && !attendable && b.date && b.start && (
          <p class="hint">{t('requests.attendanceFrom', { time: `${formatShortDay(b.date, lang)} ${b.start}` })}</p>
        )}
        {open && (
          <details class="move">
            <summary>
              {b.slotId ? t('requests.move') : t('requests.place')}
              <span class="visually-hidden"> {b.reference}</span>
            </summary>
            <MoveForm booking={b} slots={context.slots} busy={busy} onMove={(slotId) => void move(slotId)} />
          </details>
        )}
        <ProblemMessage error={error} />
      </td>
    </tr>
  );
}

/**
 * After an action its button is often gone (attended has no "attended" button) and a moved request
 * sits under another day: focus goes to the request's code, wherever it now is.
 */
function focusRow(id: number): void {
  document.getElementById(`request-${id}`)?.focus();
}

/** Name and how to reach the visitor, or that it is deleted; whether reminders were agreed to. */
function Visitor({ booking: b }: { booking: InboxBooking }) {
  const { t } = useTranslation();
  if (b.personalDataDeleted) return <em>{t('requests.deleted')}</em>;
  return (
    <>
      {b.firstName}
      {b.phone && (
        <>
          <br />
          <a href={`tel:${b.phone.replace(/[^+0-9]/g, '')}`}>{b.phone}</a>
        </>
      )}
      {b.email && (
        <>
          <br />
          <a href={`mailto:${b.email}`}>{b.email}</a>
        </>
      )}
      {(b.phone || b.email) && (
        <p class="hint">{b.consent ? t('requests.consentGiven') : t('requests.consentNotGiven')}</p>
      )}
    </>
  );
}
