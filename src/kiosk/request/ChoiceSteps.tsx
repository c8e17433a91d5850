import { BOOKING_LIMITS, type Branch, type SlotFeed } from '../../domain/help.js';
import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { BranchPlace, BranchWithPlace } from './BranchPlace.js';
import { SlotList } from './SlotList.js';
import { arrangeSlots, upcomingDropIns } from './slot-choice.js';
import { useDateWriter } from './use-date-writer.js';

/** Step 1: the language of the help, the visitor's own language chosen to begin with. */
export function LanguageStep({ language, onChoose }: { language: string; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('request.language.help')}</p>
      <ul class="language-list">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              class="language-button"
              lang={l.htmlLang}
              dir={l.dir}
              aria-pressed={l.code === language}
              onClick={() => onChoose(l.code)}
            >
              {l.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Only when the feed has several libraries: which one. */
export function BranchStep({
  branches,
  branchId,
  onChoose,
}: {
  branches: Branch[];
  branchId: string;
  onChoose: (id: string) => void;
}) {
  return (
    <ul class="choice-list">
      {branches.map((branch) => (
        <li key={branch.id}>
          <button
            type="button"
            class="choice-button"
            aria-pressed={branch.id === branchId}
            onClick={() => onChoose(branch.id)}
          >
            <span class="choice-title">{branch.name}</span>
            {branch.place && (
              <span class="choice-detail">
                <BranchPlace branch={branch} />
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface TimeStepProps {
  /** undefined while it is read from the tablet. */
  feed: SlotFeed | null | undefined;
  branch: Branch | null;
  language: string;
  first: string | null;
  anyTime: boolean;
  /** A slot id, or null for "any time". */
  onChoose: (slotId: string | null) => void;
}

/** Step 2: one time (or any time), with the drop-in hours beside and the age of the times. */
export function TimeStep({ feed, branch, language, first, anyTime, onChoose }: TimeStepProps) {
  const { t } = useTranslation();
  const writer = useDateWriter();
  if (feed === undefined) return <div aria-busy="true" />;
  const now = new Date();
  const branchId = branch?.id ?? '';
  const arrangement = arrangeSlots(feed, { branchId, language, now });
  const hasSlots = arrangement.matching.length + arrangement.others.length > 0;
  const dropIns = upcomingDropIns(feed, branchId, now);

  let note: string | null = null;
  if (feed === null) note = t('request.time.noFeed');
  else if (!hasSlots || !arrangement.anyOpen) note = t('request.time.noSlots');
  else if (!arrangement.helperSpeaks) note = t('request.time.noHelper');

  return (
    <>
      {branch && (
        <p class="request-place">
          <BranchWithPlace branch={branch} />
        </p>
      )}
      {note && <p class="note">{note}</p>}
      {dropIns.length > 0 && (
        <aside class="drop-ins" aria-labelledby="drop-ins-heading">
          <h2 id="drop-ins-heading">{t('request.time.dropIn')}</h2>
          <ul>
            {dropIns.map((d) => (
              <li key={`${d.date}-${d.start}`}>{writer.slot(d)}</li>
            ))}
          </ul>
        </aside>
      )}
      <SlotList
        arrangement={arrangement}
        idPrefix="time"
        badgeFor={(slot) => (slot.id === first ? t('request.time.chosen') : null)}
        onChoose={(slot) => onChoose(slot.id)}
      />
      <div class="any-time">
        <button type="button" class="slot-button" aria-pressed={anyTime} onClick={() => onChoose(null)}>
          <span class="slot-time">{t('request.time.anyTime')}</span>
        </button>
      </div>
      {feed && <p class="feed-age">{t('request.time.asOf', { time: writer.asOf(new Date(feed.generatedAt), now) })}</p>}
    </>
  );
}

interface AlternativesStepProps {
  feed: SlotFeed | null;
  branchId: string;
  language: string;
  first: string | null;
  alternatives: string[];
  onChange: (alternatives: string[]) => void;
}

/** Step 2b: up to two other times, in the order the visitor would take them. */
export function AlternativesStep({ feed, branchId, language, first, alternatives, onChange }: AlternativesStepProps) {
  const { t } = useTranslation();
  const writer = useDateWriter();
  const arrangement = arrangeSlots(feed, { branchId, language, now: new Date(), exclude: first ? [first] : [] });
  const firstSlot = feed?.slots.find((s) => s.id === first);
  const full = alternatives.length >= BOOKING_LIMITS.alternativesMax;
  const toggle = (id: string) => {
    if (alternatives.includes(id)) onChange(alternatives.filter((a) => a !== id));
    else if (!full) onChange([...alternatives, id]);
  };
  return (
    <>
      <p>{t('request.alternatives.help')}</p>
      {firstSlot && (
        <p class="first-choice">
          {t('request.alternatives.first')} <strong>{writer.slot(firstSlot)}</strong>
        </p>
      )}
      <p class="choice-count" role="status">
        {full ? t('request.alternatives.full') : ''}
      </p>
      <SlotList
        arrangement={arrangement}
        idPrefix="alternatives"
        badgeFor={(slot) => {
          const index = alternatives.indexOf(slot.id);
          return index < 0 ? null : t('request.alternatives.badge', { number: index + 1 });
        }}
        blocked={() => full}
        onChoose={(slot) => toggle(slot.id)}
      />
    </>
  );
}
