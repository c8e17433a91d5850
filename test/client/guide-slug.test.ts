import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/domain/guide-slug.js';
import { keeps, SLUG_PATTERN } from '../../src/domain/schemas/rules.js';

/** Fixed so a failure can be replayed. */
const SEED = 1414;

describe('slugOf', () => {
  it('makes the id from a Swedish title', () => {
    expect(slugOf('Så använder du BankID på mobilen', [])).toBe('sa-anvander-du-bankid-pa-mobilen');
    expect(slugOf('Öppna e-tjänsten: 1177!', [])).toBe('oppna-e-tjansten-1177');
    expect(slugOf('  Café   Crème ', [])).toBe('cafe-creme');
  });

  it('adds -2, -3 … to an id already taken', () => {
    expect(slugOf('Skriva ut', ['skriva-ut'])).toBe('skriva-ut-2');
    expect(slugOf('Skriva ut', ['skriva-ut', 'skriva-ut-2'])).toBe('skriva-ut-3');
  });

  it('gives a title without Latin letters an id too', () => {
    expect(slugOf('بنك', [])).toBe('guide');
    expect(slugOf('!!!', ['guide'])).toBe('guide-2');
  });

  it('keeps a long title within 80 characters, suffix included', () => {
    const title = 'a'.repeat(200);
    expect(slugOf(title, [])).toHaveLength(80);
    expect(slugOf(title, ['a'.repeat(80)])).toBe(`${'a'.repeat(78)}-2`);
  });

  it(`is always a valid id not among those taken (seed ${SEED})`, () => {
    const title = fc.string({ unit: fc.constantFrom(...'aåäöé ÅÄÖ-_.,!?zZ09 æøß\u0301بنك'.split('')), maxLength: 120 });
    fc.assert(
      fc.property(title, fc.array(title, { maxLength: 6 }), (wanted, others) => {
        // Taken ids include the ones the same title would get, so the suffix path is exercised.
        const taken: string[] = [];
        for (const other of [...others, wanted, wanted]) taken.push(slugOf(other, taken));
        const id = slugOf(wanted, taken);
        expect(keeps(SLUG_PATTERN, id)).toBe(true);
        expect(taken).not.toContain(id);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
