import type { Slot } from '../../domain/help.js';
import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { type DayGroup, isOpen, type SlotArrangement } from './slot-choice.js';
import { useDateWriter } from './use-date-writer.js';

interface SlotListProps {
  arrangement: SlotArrangement;
  /** Prefix for heading ids, unique per screen. */
  idPrefix: string;
  /** The label a chosen slot carries ("Chosen", "Other time 1"), or null when it is not chosen. */
  badgeFor: (slot: Slot) => string | null;
  /** Open slots that cannot be chosen now (two alternatives already chosen). */
  blocked?: (slot: Slot) => boolean;
  onChoose: (slot: Slot) => void;
}

/** The times, those with a helper who speaks the visitor's language first, by date. */
export function SlotList({ arrangement, idPrefix, badgeFor, blocked, onChoose }: SlotListProps) {
  const { t } = useTranslation();
  const sections: { id: string; heading: string; groups: DayGroup[] }[] = [];
  if (arrangement.matching.length > 0) {
    sections.push({ id: 'matching', heading: t('request.time.matching'), groups: arrangement.matching });
  }
  if (arrangement.others.length > 0) {
    const heading = arrangement.matching.length > 0 ? t('request.time.others') : t('request.time.allTimes');
    sections.push({ id: 'others', heading, groups: arrangement.others });
  }
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} class="slot-section" aria-labelledby={`${idPrefix}-${section.id}`}>
          <h2 id={`${idPrefix}-${section.id}`}>{section.heading}</h2>
          <div class="slot-days">
            {section.groups.map((group) => (
              <Day
                key={group.date}
                group={group}
                headingId={`${idPrefix}-${section.id}-${group.date}`}
                badgeFor={badgeFor}
                blocked={blocked}
                onChoose={onChoose}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

function Day({
  group,
  headingId,
  badgeFor,
  blocked,
  onChoose,
}: { group: DayGroup; headingId: string } & Pick<SlotListProps, 'badgeFor' | 'blocked' | 'onChoose'>) {
  const writer = useDateWriter();
  return (
    <div class="slot-day">
      <h3 id={headingId}>{writer.day(group.date)}</h3>
      <ul class="slot-list" aria-labelledby={headingId}>
        {group.slots.map((slot) => {
          const badge = badgeFor(slot);
          return (
            <li key={slot.id}>
              <SlotButton
                slot={slot}
                badge={badge}
                disabled={!isOpen(slot) || (badge === null && !!blocked?.(slot))}
                onChoose={onChoose}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SlotButton({
  slot,
  badge,
  disabled,
  onChoose,
}: {
  slot: Slot;
  badge: string | null;
  disabled: boolean;
  onChoose: (slot: Slot) => void;
}) {
  const { t } = useTranslation();
  const writer = useDateWriter();
  const helperLanguages = LANGUAGES.filter((l) => slot.languages.includes(l.code));
  return (
    <button
      type="button"
      class="slot-button"
      aria-pressed={badge !== null}
      disabled={disabled}
      onClick={() => onChoose(slot)}
    >
      <span class="slot-time">{writer.span(slot.date, slot.start, slot.end)}</span>
      {!isOpen(slot) && <span class="slot-full">{t('request.time.full')}</span>}
      {badge !== null && <span class="slot-badge">{badge}</span>}
      {helperLanguages.length > 0 && (
        <span class="slot-speaks">
          <span>{t('request.time.speaks')}</span>
          {/* One chip per language, so names in both directions never mix on a line. */}
          {helperLanguages.map((language) => (
            <span key={language.code} class="slot-language" lang={language.htmlLang} dir={language.dir}>
              {language.nativeName}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
