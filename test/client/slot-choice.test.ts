import { describe, expect, it } from 'vitest';
import type { DropIn, Slot, SlotFeed } from '../../src/domain/help.js';
import {
  arrangeSlots,
  dateTimeWriter,
  feedForTopic,
  groupByDate,
  intlLocale,
  languagesWithHelper,
  libraryInstant,
  libraryWallClock,
  orderSlots,
  speaks,
  upcomingDropIns,
  upcomingSlots,
} from '../../src/kiosk/request/slot-choice.js';

const slot = (
  id: string,
  date: string,
  start: string,
  languages: string[],
  placesLeft = 2,
  branchId = 'main',
): Slot => ({
  id,
  branchId,
  date,
  start,
  end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}`,
  topics: [],
  languages,
  capacity: 2,
  placesLeft,
});

const dropIn = (date: string, start: string, end: string, branchId = 'main'): DropIn => ({
  branchId,
  date,
  start,
  end,
  topics: [],
  languages: ['sv'],
});

const feed: SlotFeed = {
  generatedAt: '2026-11-23T13:05:00Z',
  branches: [{ id: 'main', name: 'Stadsbiblioteket', place: 'Plan 2', openingHours: {} }],
  slots: [
    slot('p1@2026-11-25', '2026-11-25', '14:00', ['sv', 'en']),
    slot('p2@2026-11-24', '2026-11-24', '10:00', ['sv', 'ar']),
    slot('p3@2026-11-24', '2026-11-24', '13:00', ['sv']),
    slot('p4@2026-11-23', '2026-11-23', '10:00', ['ar']), // already over on the 23rd at 14:05
    slot('p5@2026-11-26', '2026-11-26', '09:00', ['ar'], 0),
    slot('p6@2026-11-24', '2026-11-24', '11:00', ['sv'], 2, 'east'),
  ],
  dropIns: [
    dropIn('2026-11-23', '10:00', '12:00'),
    dropIn('2026-11-23', '13:00', '16:00'),
    dropIn('2026-11-30', '10:00', '12:00'),
    dropIn('2026-11-24', '10:00', '12:00', 'east'),
  ],
};
/** Monday 23 November 2026, 14:05 in Stockholm (UTC+1). */
const now = new Date('2026-11-23T13:05:00Z');

describe('library time (Europe/Stockholm)', () => {
  it('reads the wall clock in winter and summer time', () => {
    expect(libraryWallClock(new Date('2026-11-23T13:05:00Z'))).toEqual({ date: '2026-11-23', time: '14:05' });
    expect(libraryWallClock(new Date('2026-06-10T22:30:00Z'))).toEqual({ date: '2026-06-11', time: '00:30' });
  });

  it('turns a wall-clock time into its instant on both sides of the daylight-saving change', () => {
    expect(libraryInstant('2026-11-24', '10:00').toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(libraryInstant('2026-06-10', '10:00').toISOString()).toBe('2026-06-10T08:00:00.000Z');
    expect(libraryInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(libraryInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
});

describe('languages', () => {
  it('a Swedish-speaking helper speaks easy Swedish too, and nothing else is assumed', () => {
    expect(speaks(['sv'], 'sv-x-easy')).toBe(true);
    expect(speaks(['sv'], 'sv')).toBe(true);
    expect(speaks(['fa'], 'prs')).toBe(false);
    expect(speaks(['en'], 'sv-x-easy')).toBe(false);
  });

  it('knows which languages some helper speaks', () => {
    expect([...languagesWithHelper(feed.slots)].sort()).toEqual(['ar', 'en', 'sv', 'sv-x-easy']);
    expect(languagesWithHelper([]).size).toBe(0);
  });
});

describe('slots', () => {
  it('leaves out other branches and times already started, earliest first, full ones kept', () => {
    expect(upcomingSlots(feed, 'main', now).map((s) => s.id)).toEqual([
      'p2@2026-11-24',
      'p3@2026-11-24',
      'p1@2026-11-25',
      'p5@2026-11-26',
    ]);
    expect(upcomingSlots(null, 'main', now)).toEqual([]);
  });

  it('puts the slots whose helper speaks the language first, each part by time', () => {
    const slots = upcomingSlots(feed, 'main', now);
    expect(orderSlots(slots, 'ar').map((s) => s.id)).toEqual([
      'p2@2026-11-24',
      'p5@2026-11-26',
      'p3@2026-11-24',
      'p1@2026-11-25',
    ]);
    expect(orderSlots(slots, 'en').map((s) => s.id)).toEqual([
      'p1@2026-11-25',
      'p2@2026-11-24',
      'p3@2026-11-24',
      'p5@2026-11-26',
    ]);
  });

  it('groups consecutive slots by date', () => {
    const groups = groupByDate(upcomingSlots(feed, 'main', now));
    expect(groups.map((g) => [g.date, g.slots.length])).toEqual([
      ['2026-11-24', 2],
      ['2026-11-25', 1],
      ['2026-11-26', 1],
    ]);
  });

  it('arranges the time screen: matching and other times, and whether a helper speaks it', () => {
    const arabic = arrangeSlots(feed, { branchId: 'main', language: 'ar', now });
    expect(arabic.helperSpeaks).toBe(true);
    expect(arabic.matching.map((g) => g.date)).toEqual(['2026-11-24', '2026-11-26']);
    expect(arabic.others.flatMap((g) => g.slots.map((s) => s.id))).toEqual(['p3@2026-11-24', 'p1@2026-11-25']);
    expect(arabic.anyOpen).toBe(true);

    const somali = arrangeSlots(feed, { branchId: 'main', language: 'so', now });
    expect(somali.helperSpeaks).toBe(false);
    expect(somali.matching).toEqual([]);
    expect(somali.others.flatMap((g) => g.slots)).toHaveLength(4);

    // The alternatives screen leaves out the first choice; a helper still counts from all slots.
    const without = arrangeSlots(feed, { branchId: 'main', language: 'en', now, exclude: ['p1@2026-11-25'] });
    expect(without.matching).toEqual([]);
    expect(without.helperSpeaks).toBe(true);

    const onlyFull = arrangeSlots(feed, {
      branchId: 'main',
      language: 'ar',
      now,
      exclude: ['p1@2026-11-25', 'p2@2026-11-24', 'p3@2026-11-24'],
    });
    expect(onlyFull.anyOpen).toBe(false);

    const none = arrangeSlots(null, { branchId: '', language: 'sv', now });
    expect(none).toEqual({ matching: [], others: [], helperSpeaks: false, anyOpen: false });
  });

  it('lists the drop-in hours that have not ended, at the branch, earliest first', () => {
    expect(upcomingDropIns(feed, 'main', now)).toEqual([
      dropIn('2026-11-23', '13:00', '16:00'),
      dropIn('2026-11-30', '10:00', '12:00'),
    ]);
    expect(upcomingDropIns(feed, 'main', now, 1)).toHaveLength(1);
    expect(upcomingDropIns(null, 'main', now)).toEqual([]);
  });
});

describe('writing dates and times in the visitor language', () => {
  const fallback = ({ weekday, day, month }: { weekday: number; day: number; month: number }) =>
    `w${weekday} d${day} m${month}`;

  it('maps the kiosk languages to Intl locales', () => {
    expect(intlLocale('sv-x-easy')).toBe('sv');
    expect(intlLocale('prs')).toBe('fa-AF');
    expect(intlLocale('ar')).toBe('ar');
  });

  it('writes weekday names in the language, 24-hour times, Gregorian dates', () => {
    const sv = dateTimeWriter('sv', fallback, true);
    expect(sv.day('2026-11-24')).toBe('tisdag 24 november');
    expect(sv.time('2026-11-24', '09:30')).toBe('09:30');
    expect(sv.span('2026-11-24', '10:00', '11:00')).toMatch(/^10:00\s?–\s?11:00$/);
    expect(sv.slot({ date: '2026-11-24', start: '10:00', end: '11:00' })).toMatch(/^tisdag 24 november 10:00/);

    expect(dateTimeWriter('uk', fallback, true).day('2026-11-24')).toContain('вівторок');
    expect(dateTimeWriter('ar', fallback, true).day('2026-11-24')).toContain('الثلاثاء');
    expect(dateTimeWriter('en', fallback, true).time('2026-11-24', '14:00')).toBe('14:00');
    // Farsi: the Gregorian month (November), not the Persian calendar's.
    const fa = dateTimeWriter('fa', fallback, true).day('2026-11-24');
    expect(fa).toContain('نوامبر');
    expect(fa).toContain('۲۴');
  });

  it('uses the translated names when the browser has none for the language', () => {
    const so = dateTimeWriter('so', fallback, false);
    expect(so.day('2026-11-24')).toBe('w2 d24 m11');
    expect(so.day('2026-11-29')).toBe('w7 d29 m11');
    expect(so.time('2026-11-24', '10:00')).toBe('10:00');
  });

  it('writes the feed age as a time today, with the date on another day', () => {
    const sv = dateTimeWriter('sv', fallback, true);
    expect(sv.asOf(new Date('2026-11-23T13:05:00Z'), now)).toBe('14:05');
    expect(sv.asOf(new Date('2026-11-22T08:00:00Z'), now)).toBe('söndag 22 november 09:00');
  });
});

describe('sessions for a topic', () => {
  const withTopics: SlotFeed = {
    ...feed,
    slots: [
      { ...slot('a@2026-11-24', '2026-11-24', '10:00', ['sv']), topics: ['printing'] },
      { ...slot('b@2026-11-24', '2026-11-24', '11:00', ['sv']), topics: ['bankid-and-eid'] },
      slot('c@2026-11-24', '2026-11-24', '12:00', ['sv']),
    ],
    dropIns: [{ ...dropIn('2026-11-24', '13:00', '15:00'), topics: ['printing'] }],
  };

  it('keeps sessions for the guide or its category, and those for any topic', () => {
    const seen = feedForTopic(withTopics, ['bankid', 'bankid-and-eid']);
    expect(seen?.slots.map((s) => s.id)).toEqual(['b@2026-11-24', 'c@2026-11-24']);
    expect(seen?.dropIns).toEqual([]);
  });

  it('keeps every session for a visitor asking about something else, and no feed stays none', () => {
    expect(feedForTopic(withTopics, [])).toBe(withTopics);
    expect(feedForTopic(null, ['bankid'])).toBeNull();
  });
});
