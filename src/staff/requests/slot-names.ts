import type { SessionPattern, Slot } from '../../domain/help.js';
import { endTime, formatShortDay } from '../times/dates.js';

/**
 * A slot id (`<pattern id>@<date>`) as a time people read: "tis 12 maj 10:00–11:00". The slot
 * feed names the coming ones; older ones are worked out from their pattern, or shown as the date.
 */
export function slotName(
  id: string,
  slots: readonly Slot[],
  patterns: readonly SessionPattern[],
  lang: string,
): string {
  const slot = slots.find((s) => s.id === id);
  if (slot) return `${formatShortDay(slot.date, lang)} ${slot.start}–${slot.end}`;
  const [patternId, date] = id.split('@');
  if (!date) return id;
  const pattern = patterns.find((p) => String(p.id) === patternId);
  const day = formatShortDay(date, lang);
  return pattern ? `${day} ${pattern.start}–${endTime(pattern.start, pattern.durationMinutes)}` : day;
}
