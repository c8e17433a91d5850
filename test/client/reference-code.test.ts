import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, referenceFor } from '../../src/domain/help.js';
import { referenceKey, referenceSpellings } from '../../src/domain/reference-code.js';

/** Fixed, so a failure replays; the number of runs keeps the test quick on a shared machine. */
const SEED = 1414;
const RUNS = 300;

/** What a helper may type for a character of a code they read off a visitor's phone. */
const MISREAD: Record<string, string[]> = { L: ['l', 'I', 'i', '1'], S: ['s', '5'], '5': ['S', 's'], B: ['b', '8'] };
MISREAD['8'] = ['B', 'b'];
MISREAD.Z = ['z', '2'];
MISREAD['2'] = ['Z', 'z'];

/** A code as a helper might type it: any case, look-alikes, spaces and dashes anywhere. */
const typedAs = (code: string) =>
  fc
    .tuple(
      ...[...code.replace('-', '')].map((ch) =>
        fc.tuple(
          fc.constantFrom(ch, ch.toLowerCase(), ...(MISREAD[ch] ?? [])),
          fc.constantFrom('', '', ' ', '-', '  ', ' - '),
        ),
      ),
    )
    .map((parts) => parts.map(([ch, gap]) => ch + gap).join(''));

const code = fc.uuid().map(referenceFor);

describe('reference codes typed by a helper', () => {
  it('finds K7F-2Q typed as "k7f 2q", "K7F-ZQ" or in full-width letters', () => {
    for (const typed of ['k7f 2q', 'K7F-ZQ', ' k7f-2q ', 'Ｋ７Ｆ２Ｑ']) {
      expect(referenceKey(typed)).toBe(referenceKey('K7F-2Q'));
    }
    expect(referenceSpellings('k7f 2qa')).toContain('K7F-2QA');
    expect(referenceSpellings('il1 s5b')).toContain('LLL-SSB');
  });

  it('means every code it was typed for, whatever the case, spacing and look-alikes', () => {
    fc.assert(
      fc.property(
        code.chain((c) => fc.tuple(fc.constant(c), typedAs(c))),
        ([c, typed]) => {
          expect(referenceSpellings(typed)).toContain(c);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('offers only codes referenceFor can make, all with the typed key, each once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), code, (noise, c) => {
        for (const typed of [noise, c, `${c}${noise}`]) {
          const spellings = referenceSpellings(typed);
          expect(new Set(spellings).size).toBe(spellings.length);
          expect(spellings.length).toBeLessThanOrEqual(64);
          for (const s of spellings) {
            expect(s).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{3}-[${REFERENCE_ALPHABET}]{3}$`));
            expect(referenceKey(s)).toBe(referenceKey(typed));
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keys are stable: a key is its own key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (typed) => {
        expect(referenceKey(referenceKey(typed))).toBe(referenceKey(typed));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('matches nothing for part of a code, too much of one, or O and 0, which no code holds', () => {
    expect(referenceSpellings('K7F')).toEqual([]);
    expect(referenceSpellings('K7F-2QAB')).toEqual([]);
    expect(referenceSpellings('K0F-2QA')).toEqual([]);
    expect(referenceSpellings('KOF-2QA')).toEqual([]);
    expect(referenceSpellings('')).toEqual([]);
  });
});
