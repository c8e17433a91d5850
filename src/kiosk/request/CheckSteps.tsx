import type { OutboxListener, QueuedRequest } from '../../client/help-client.js';
import type { BookingRequest, SlotFeed } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useDateWriter } from './use-date-writer.js';

/** What the outbox says about one request. */
export type OutboxChange = Parameters<OutboxListener>[0];

interface CheckStepProps {
  request: BookingRequest;
  topicTitle: string | null;
  feed: SlotFeed | null;
  sending: 'idle' | 'sending' | 'failed';
}

/** Step 4: everything the visitor chose, before it is sent. */
export function CheckStep({ request, topicTitle, feed, sending }: CheckStepProps) {
  const { t } = useTranslation();
  const writer = useDateWriter();
  const language = languageFor(request.language);
  const branch = feed?.branches.find((b) => b.id === request.branchId);
  const slots = request.slots.flatMap((id) => feed?.slots.find((s) => s.id === id) ?? []);
  const contact = [request.phone, request.email].filter((c): c is string => c !== null);
  return (
    <>
      <dl class="summary">
        <div>
          <dt>{t('request.check.topic')}</dt>
          <dd>{topicTitle ?? t('request.check.otherTopic')}</dd>
        </div>
        <div>
          <dt>{t('request.check.language')}</dt>
          <dd>
            <span lang={language.htmlLang} dir={language.dir}>
              {language.nativeName}
            </span>
          </dd>
        </div>
        {branch && (
          <div>
            <dt>{t('request.check.place')}</dt>
            <dd>
              {branch.name}
              {branch.place && `, ${branch.place}`}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('request.check.times')}</dt>
          <dd>
            {request.anyTime ? (
              t('request.time.anyTime')
            ) : (
              <ol class="summary-times">
                {slots.map((slot) => (
                  <li key={slot.id}>{writer.slot(slot)}</li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('request.details.firstName')}</dt>
          <dd>{request.firstName}</dd>
        </div>
        <div>
          <dt>{t('request.check.reminder')}</dt>
          <dd>
            {contact.length === 0
              ? t('request.check.noReminder')
              : contact.map((c) => (
                  // The line follows the page's direction (right in Arabic); the number or address
                  // inside it is isolated left to right, so "+46 70 123 45 67" keeps its order.
                  <span key={c} class="summary-contact">
                    <bdi dir="ltr">{c}</bdi>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <p class="request-sending" role="status">
        {sending === 'sending' ? t('request.check.sending') : ''}
      </p>
      {sending === 'failed' && (
        <p class="field-error" role="alert">
          {t('request.check.failed')}
        </p>
      )}
    </>
  );
}

interface DoneStepProps {
  queued: QueuedRequest | null;
  /** The latest outbox change for this request, or null while nothing has come back. */
  change: OutboxChange | null;
  /** Whether the visitor gave a phone number or e-mail address (staff can reach them). */
  hadContact: boolean;
  feed: SlotFeed | null;
}

/** Step 5: the reference code, large enough to photograph, and where the request stands. */
export function DoneStep({ queued, change, hadContact, feed }: DoneStepProps) {
  const { t } = useTranslation();
  const writer = useDateWriter();
  const answer = change?.answer ?? null;
  const slot = answer?.slot ?? null;
  const branch = slot ? feed?.branches.find((b) => b.id === slot.branchId) : undefined;

  let status: string;
  if (change?.state === 'rejected') status = t('request.done.rejected');
  else if (answer?.outcome === 'confirmed' && slot) status = t('request.done.confirmed', { time: writer.slot(slot) });
  else if (answer?.outcome === 'moved' && slot) status = t('request.done.moved', { time: writer.slot(slot) });
  else if (answer) status = hadContact ? t('request.done.waitingContact') : t('request.done.waitingDesk');
  else status = t('request.done.queued');

  return (
    <>
      <p class="reference-code" dir="ltr">
        {queued?.reference}
      </p>
      <p class="request-status" role="status">
        {status}
      </p>
      {branch && slot && (
        <p class="request-place">
          {t('request.done.place', { place: branch.place ? `${branch.name}, ${branch.place}` : branch.name })}
        </p>
      )}
      <p>{t('request.done.photo')}</p>
    </>
  );
}
