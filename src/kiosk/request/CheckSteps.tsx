import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { OutboxListener, QueuedRequest } from '../../client/help-client.js';
import type { BookingRequest, SlotFeed } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { reminderChannelFor } from '../../domain/reminder-channels.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { KioskConfigContext } from '../kiosk-config-context.js';
import { BranchWithPlace } from './BranchPlace.js';
import { useDateWriter } from './use-date-writer.js';

/** Stands in for an element inside a translated sentence; no translation contains it. */
const MARK = '\u2063';

/** A translated sentence with `node` where the sentence has MARK (the words around it stay in their order). */
function around(sentence: string, node: ComponentChildren): ComponentChildren {
  const [before = '', ...after] = sentence.split(MARK);
  return after.length === 0 ? (
    sentence
  ) : (
    <>
      {before}
      {node}
      {after.join('')}
    </>
  );
}

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
  const channels = useContext(KioskConfigContext).reminderChannels;
  // The reminder as the server will take it: only through a channel it has, to the address given.
  const reminderTo = request.consent && reminderChannelFor(request, channels) === 'email' ? request.email : null;
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
              <BranchWithPlace branch={branch} />
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
        {request.phone !== null && (
          <div>
            <dt>{t('requestContact.checkPhone')}</dt>
            <dd>
              <span class="summary-contact">
                <bdi dir="ltr">{request.phone}</bdi>
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('request.check.reminder')}</dt>
          <dd>
            {reminderTo === null ? (
              t('request.check.noReminder')
            ) : (
              // The line follows the page's direction (right in Arabic); the address inside it is
              // isolated left to right.
              <span class="summary-contact">
                <bdi dir="ltr">{reminderTo}</bdi>
              </span>
            )}
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
          {around(t('request.done.place', { place: MARK }), <BranchWithPlace branch={branch} />)}
        </p>
      )}
      <p>{t('request.done.photo')}</p>
    </>
  );
}
