import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../src/domain/help.js';
import { kioskState, openSchedule } from '../../src/server/fleet/kiosk-state.js';

/** Weekdays 10–20, Saturday 11–16, Sunday closed: a typical branch. */
const HOURS: OpeningHours = {
  '1': { open: '10:00', close: '20:00' },
  '2': { open: '10:00', close: '20:00' },
  '3': { open: '10:00', close: '20:00' },
  '4': { open: '10:00', close: '20:00' },
  '5': { open: '10:00', close: '20:00' },
  '6': { open: '11:00', close: '16:00' },
};
const schedule = openSchedule(HOURS);

/** Instants written with their Stockholm offset spelled out, so the test does not lean on the code's own zone maths. */
const t = (iso: string) => Date.parse(iso);

const seen = (lastSeen: string) => ({ revoked: false, lastSeenMs: t(lastSeen) });

describe('the kiosk state rule', () => {
  // [what, last seen, now, expected]; 2026-12-07 is a Monday (winter time, +01:00).
  const cases: Array<[string, string, string, string]> = [
    ['a beat a minute ago', '2026-12-07T10:30+01:00', '2026-12-07T10:31+01:00', 'online'],
    ['15 minutes without a beat: not yet three missed', '2026-12-07T10:30+01:00', '2026-12-07T10:45+01:00', 'online'],
    ['three beats missed (and the minute of grace)', '2026-12-07T10:30+01:00', '2026-12-07T10:46+01:00', 'stale'],
    ['29 open minutes', '2026-12-07T10:30+01:00', '2026-12-07T10:59+01:00', 'stale'],
    ['30 open minutes', '2026-12-07T10:30+01:00', '2026-12-07T11:00+01:00', 'offline'],
    // Switched off at closing, on again next morning.
    ['overnight, before opening', '2026-12-07T19:55+01:00', '2026-12-08T09:59+01:00', 'online'],
    ['overnight, 10 minutes after opening', '2026-12-07T19:55+01:00', '2026-12-08T10:10+01:00', 'online'],
    ['overnight, 5 + 11 open minutes', '2026-12-07T19:55+01:00', '2026-12-08T10:11+01:00', 'stale'],
    ['overnight, 5 + 25 open minutes', '2026-12-07T19:55+01:00', '2026-12-08T10:25+01:00', 'offline'],
    ['last seen after closing counts from opening', '2026-12-07T22:00+01:00', '2026-12-08T10:29+01:00', 'stale'],
    // The weekend: Saturday's short day, Sunday closed.
    ['Sunday, after a beat at Saturday 15:50', '2026-12-12T15:50+01:00', '2026-12-13T14:00+01:00', 'online'],
    ['Monday 10:05 after Saturday 15:50', '2026-12-12T15:50+01:00', '2026-12-14T10:05+01:00', 'online'],
    ['Monday 10:06 after Saturday 15:50', '2026-12-12T15:50+01:00', '2026-12-14T10:06+01:00', 'stale'],
    ['Monday 10:20 after Saturday 15:50', '2026-12-12T15:50+01:00', '2026-12-14T10:20+01:00', 'offline'],
    ['a kiosk gone for months', '2026-06-01T12:00+02:00', '2026-12-07T10:00+01:00', 'offline'],
    // Summer time begins Sunday 2026-03-29: Saturday is +01:00, Monday +02:00.
    ['spring: 1 + 28 open minutes', '2026-03-28T15:59+01:00', '2026-03-30T10:28+02:00', 'stale'],
    ['spring: 1 + 29 open minutes', '2026-03-28T15:59+01:00', '2026-03-30T10:29+02:00', 'offline'],
    // Summer time ends Sunday 2026-10-25: Saturday is +02:00, Monday +01:00.
    ['autumn: 1 + 28 open minutes', '2026-10-24T15:59+02:00', '2026-10-26T10:28+01:00', 'stale'],
    ['autumn: 1 + 29 open minutes', '2026-10-24T15:59+02:00', '2026-10-26T10:29+01:00', 'offline'],
    ['autumn: Monday 09:59 local is 08:59 UTC, still closed', '2026-10-24T15:59+02:00', '2026-10-26T08:59Z', 'online'],
  ];
  it.each(cases)('%s', (_what, lastSeen, now, expected) => {
    expect(kioskState(seen(lastSeen), t(now), schedule)).toBe(expected);
  });

  it('never counts a day the branch is closed as a whole', () => {
    const closedMonday = openSchedule(HOURS, ['2026-12-07']);
    const kiosk = seen('2026-12-05T15:59+01:00');
    expect(kioskState(kiosk, t('2026-12-07T19:00+01:00'), closedMonday)).toBe('online');
    expect(kioskState(kiosk, t('2026-12-08T10:15+01:00'), closedMonday)).toBe('stale');
    expect(kioskState(kiosk, t('2026-12-07T19:00+01:00'), schedule)).toBe('offline');
  });

  it('keeps never-seen and revoked kiosks as they are, however long ago', () => {
    expect(kioskState({ revoked: false, lastSeenMs: null }, t('2026-12-07T12:00+01:00'), schedule)).toBe('never-seen');
    expect(
      kioskState({ revoked: true, lastSeenMs: t('2026-01-01T12:00+01:00') }, t('2026-12-07T12:00+01:00'), schedule),
    ).toBe('revoked');
  });

  it('watches every minute at a branch whose hours were never entered', () => {
    const none = openSchedule({});
    expect(kioskState(seen('2026-12-06T02:00+01:00'), t('2026-12-06T02:16+01:00'), none)).toBe('stale');
    expect(kioskState(seen('2026-12-06T02:00+01:00'), t('2026-12-06T02:30+01:00'), none)).toBe('offline');
  });

  it('decides 30,000 kiosks well within a one-minute sweep', () => {
    const now = t('2026-12-08T10:20+01:00');
    const kiosks = Array.from({ length: 30_000 }, (_, i) => ({ revoked: false, lastSeenMs: now - i * 37_000 }));
    const started = performance.now();
    const counts = new Map<string, number>();
    for (const kiosk of kiosks) {
      const state = kioskState(kiosk, now, schedule);
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    const elapsed = performance.now() - started;
    // Seen at about 30 ms here; the bound is generous for a shared two-core machine.
    expect(elapsed).toBeLessThan(3000);
    expect(counts.get('online')).toBeGreaterThan(0);
    expect(counts.get('stale')).toBeGreaterThan(0);
    expect(counts.get('offline')).toBeGreaterThan(0);
  });
});
