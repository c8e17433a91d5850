import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../src/domain/help.js';
import { type AlertRecord, nextAlert, type Observation, QUIET_RECORD } from '../../src/server/fleet/alert-machine.js';
import { beatIsFresh, kioskState, openSchedule } from '../../src/server/fleet/kiosk-state.js';

const MINUTE_MS = 60_000;
const HOURS: OpeningHours = {
  '1': { open: '10:00', close: '20:00' },
  '2': { open: '10:00', close: '20:00' },
  '3': { open: '10:00', close: '20:00' },
  '4': { open: '10:00', close: '20:00' },
  '5': { open: '10:00', close: '20:00' },
  '6': { open: '11:00', close: '16:00' },
};
const schedule = openSchedule(HOURS);

/** Library wall-clock `Mon HH:MM` / `Tue HH:MM` in the week of 2026-12-07 (winter time, +01:00). */
const DAYS = { Mon: '2026-12-07', Tue: '2026-12-08' } as const;
function at(when: string): number {
  const [day, time] = when.split(' ') as [keyof typeof DAYS, string];
  return Date.parse(`${DAYS[day]}T${time}+01:00`);
}
function label(ms: number): string {
  const local = new Date(ms + 3600_000).toISOString();
  const day = Object.entries(DAYS).find(([, date]) => local.startsWith(date))?.[0] ?? local.slice(0, 10);
  return `${day} ${local.slice(11, 16)}`;
}

/** Beats every 5 minutes from `from` up to and including `until`. */
function every5(from: string, until: string): number[] {
  const beats: number[] = [];
  for (let t = at(from); t <= at(until); t += 5 * MINUTE_MS) beats.push(t);
  return beats;
}

interface Scenario {
  what: string;
  from: string;
  until: string;
  /** Instants the kiosk's heartbeats arrive. */
  beats: number[];
  /** Health figures at a minute (while the kiosk is online the sweep reads its newest beat's). */
  health?: (ms: number) => Partial<Omit<Observation, 'state'>>;
  /** Every notice the run sends, as `<sweep time> <kind>[ from <state>]`. */
  expected: string[];
}

/**
 * Runs the state rule and the machine as a one-minute sweep would, from `from` to `until`, and
 * returns every notice with the sweep that sent it.
 */
function run(scenario: Scenario, start: AlertRecord = QUIET_RECORD): { notices: string[]; record: AlertRecord } {
  let record = start;
  const notices: string[] = [];
  for (let now = at(scenario.from); now <= at(scenario.until); now += MINUTE_MS) {
    const lastSeen = scenario.beats.filter((b) => b <= now).at(-1) ?? null;
    const state = kioskState({ revoked: false, lastSeenMs: lastSeen }, now, schedule);
    // As the sweep does: a beat's figures count only while it is fresh.
    const seen: Observation = beatIsFresh(lastSeen, now)
      ? { state, contentBehind: false, outboxPending: 0, storageShare: 0.3, ...scenario.health?.(now) }
      : { state, contentBehind: null, outboxPending: null, storageShare: null };
    const next = nextAlert(record, seen, new Date(now));
    record = next.record;
    for (const n of next.notices) notices.push(`${label(now)} ${n.kind}${n.from ? ` from ${n.from}` : ''}`);
  }
  return { notices, record };
}

const scenarios: Scenario[] = [
  {
    what: 'a kiosk switched off at closing and on again next morning sends nothing',
    from: 'Mon 19:00',
    until: 'Tue 12:00',
    beats: [...every5('Mon 19:00', 'Mon 19:55'), ...every5('Tue 10:07', 'Tue 12:00')],
    expected: [],
  },
  {
    what: 'a kiosk switched off at closing and not on next morning: stale, then offline, in opening minutes',
    from: 'Mon 19:00',
    until: 'Tue 11:00',
    beats: every5('Mon 19:00', 'Mon 19:55'),
    // Stale at 10:11 (5 + 11 open minutes), told after its 5 minutes; offline at 10:25 (5 + 25).
    expected: ['Tue 10:16 stale', 'Tue 10:25 offline'],
  },
  {
    what: 'a network that drops three beats at a time, for a minute or two each, sends nothing',
    from: 'Mon 10:00',
    until: 'Mon 13:00',
    beats: [...every5('Mon 10:00', 'Mon 10:30'), at('Mon 10:47'), at('Mon 11:04'), ...every5('Mon 11:21', 'Mon 13:00')],
    expected: [],
  },
  {
    what: 'a network flapping for longer sends one stale and one recovery, not a stream',
    from: 'Mon 10:00',
    until: 'Mon 13:00',
    beats: [...every5('Mon 10:00', 'Mon 10:30'), at('Mon 10:55'), at('Mon 11:20'), ...every5('Mon 11:45', 'Mon 13:00')],
    // Stale 10:46, told 10:51; back 10:55 but stale again 11:11, back 11:20, stale 11:36, back 11:45
    // and then steady: recovered after 20 minutes online.
    expected: ['Mon 10:51 stale', 'Mon 12:05 recovered from stale'],
  },
  {
    what: 'offline and back: one offline, one recovery once it has stayed online',
    from: 'Mon 10:00',
    until: 'Mon 12:00',
    beats: [...every5('Mon 10:00', 'Mon 10:30'), ...every5('Mon 11:10', 'Mon 12:00')],
    expected: ['Mon 10:51 stale', 'Mon 11:00 offline', 'Mon 11:30 recovered from offline'],
  },
  {
    what: 'an offline kiosk that beats once and falls silent again is not told twice',
    from: 'Mon 10:00',
    until: 'Mon 13:00',
    beats: [...every5('Mon 10:00', 'Mon 10:30'), at('Mon 11:10'), ...every5('Mon 12:00', 'Mon 13:00')],
    expected: ['Mon 10:51 stale', 'Mon 11:00 offline', 'Mon 12:20 recovered from offline'],
  },
  {
    what: 'a kiosk never seen sends nothing, however long',
    from: 'Mon 10:00',
    until: 'Tue 12:00',
    beats: [],
    expected: [],
  },
  {
    what: 'content behind for a day: told after half an hour online, cleared once caught up',
    from: 'Mon 10:00',
    until: 'Mon 12:00',
    beats: every5('Mon 10:00', 'Mon 12:00'),
    health: (ms) => ({ contentBehind: ms < at('Mon 11:15') }),
    expected: ['Mon 10:30 content-behind', 'Mon 11:15 content-caught-up'],
  },
  {
    what: 'content behind only until a kiosk switched on in the morning has synced sends nothing',
    from: 'Mon 09:00',
    until: 'Mon 12:00',
    beats: every5('Mon 10:02', 'Mon 12:00'),
    health: (ms) => ({ contentBehind: ms < at('Mon 10:20') }),
    expected: [],
  },
  {
    what: 'an outbox not draining for an hour is told, and told again when it drains',
    from: 'Mon 10:00',
    until: 'Mon 12:00',
    beats: every5('Mon 10:00', 'Mon 12:00'),
    health: (ms) => ({ outboxPending: ms < at('Mon 11:30') ? 3 : 0 }),
    expected: ['Mon 11:00 outbox-stuck', 'Mon 11:30 outbox-draining'],
  },
  {
    what: 'an outbox that empties now and then is draining: nothing',
    from: 'Mon 10:00',
    until: 'Mon 13:00',
    beats: every5('Mon 10:00', 'Mon 13:00'),
    health: (ms) => ({ outboxPending: Math.floor((ms - at('Mon 10:00')) / (50 * MINUTE_MS)) % 2 === 0 ? 2 : 0 }),
    expected: [],
  },
  {
    what: 'an outbox stuck before closing is not counted overnight',
    from: 'Mon 19:20',
    until: 'Tue 10:40',
    beats: [...every5('Mon 19:20', 'Mon 19:55'), ...every5('Tue 10:00', 'Tue 10:40')],
    health: () => ({ outboxPending: 1 }),
    expected: [],
  },
  {
    what: 'an outbox stuck all day at a kiosk switched off every night is told after an hour of beats',
    from: 'Mon 19:20',
    until: 'Tue 11:30',
    beats: [...every5('Mon 19:20', 'Mon 19:55'), ...every5('Tue 10:00', 'Tue 11:30')],
    health: () => ({ outboxPending: 1 }),
    expected: ['Tue 11:00 outbox-stuck'],
  },
  {
    what: 'storage hovering around 80 % is told once, and cleared only below 75 %',
    from: 'Mon 10:00',
    until: 'Mon 11:00',
    beats: every5('Mon 10:00', 'Mon 11:00'),
    health: (ms) => {
      const minute = (ms - at('Mon 10:00')) / MINUTE_MS;
      const shares = [0.79, 0.81, 0.79, 0.82, 0.76, 0.8, 0.81, 0.77, 0.74, 0.79, 0.81];
      return { storageShare: shares[Math.min(Math.floor(minute / 5), shares.length - 1)] ?? 0 };
    },
    expected: ['Mon 10:05 storage-high', 'Mon 10:40 storage-ok', 'Mon 10:50 storage-high'],
  },
];

describe('the alert machine, minute by minute with the state rule', () => {
  it.each(scenarios.map((s) => [s.what, s] as const))('%s', (_what, scenario) => {
    expect(run(scenario).notices).toEqual(scenario.expected);
  });
});

describe('the alert machine, one step', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const observed = (o: Partial<Observation>): Observation => ({
    state: 'online',
    contentBehind: false,
    outboxPending: 0,
    storageShare: 0.1,
    ...o,
  });

  it('forgets a revoked kiosk without telling anyone', () => {
    const told: AlertRecord = { ...QUIET_RECORD, told: 'offline', storageTold: true, outboxTold: true };
    expect(nextAlert(told, observed({ state: 'revoked' }), now)).toEqual({ record: QUIET_RECORD, notices: [] });
  });

  it('keeps told health alerts while a kiosk is silent, and does not clear them on stale figures', () => {
    const told: AlertRecord = {
      ...QUIET_RECORD,
      told: 'offline',
      storageTold: true,
      outboxTold: true,
      outboxSince: '2026-12-07T08:00:00.000Z',
    };
    const next = nextAlert(told, observed({ state: 'offline', outboxPending: 0, storageShare: 0.1 }), now);
    expect(next).toEqual({ record: told, notices: [] });
  });

  it('tells several things about one kiosk in one step', () => {
    const next = nextAlert(QUIET_RECORD, observed({ state: 'offline' }), now);
    expect(next.notices).toEqual([{ kind: 'offline' }]);
    const high = nextAlert(QUIET_RECORD, observed({ storageShare: 0.95 }), now);
    expect(high.notices).toEqual([{ kind: 'storage-high' }]);
    expect(high.record.storageTold).toBe(true);
  });
});
