import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY_TIME_ZONE, libraryLocal } from '../../src/domain/slot-rules.js';

/** Fixed, so a failure replays. */
const SEED = 1972;

/** The library's clock read with a formatter of its own, nothing remembered. */
function readFresh(instant: Date): string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: LIBRARY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return format.format(instant).replace(' ', 'T');
}

describe("the library's clock", () => {
  it('reads the same as a fresh formatter, asked again within a minute or not (property, seed printed)', () => {
    console.log(`library-clock property seed ${SEED}`);
    const instant = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const offset = fc.integer({ min: -120_000, max: 120_000 });
    fc.assert(
      fc.property(instant, fc.array(offset, { maxLength: 6 }), (start, offsets) => {
        for (const ms of [0, ...offsets]) {
          const at = new Date(start.getTime() + ms);
          expect(libraryLocal(at)).toBe(readFresh(at));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('moves with the clock change: the last minute before it and the first after', () => {
    // 2026-03-29 01:00 UTC Stockholm goes from 02:00 CET to 03:00 CEST; 2026-10-25 01:00 UTC back.
    expect(libraryLocal(new Date('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29T01:59');
    expect(libraryLocal(new Date('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T03:00');
    expect(libraryLocal(new Date('2026-10-25T00:59:59.999Z'))).toBe('2026-10-25T02:59');
    expect(libraryLocal(new Date('2026-10-25T01:00:00.000Z'))).toBe('2026-10-25T02:00');
  });

  it('refuses an invalid date as before', () => {
    expect(() => libraryLocal(new Date(Number.NaN))).toThrow(RangeError);
  });
});
