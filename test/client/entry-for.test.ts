import { describe, expect, it } from 'vitest';
import { entryFor, type Manifest, type ManifestEntry } from '../../src/domain/content.js';

const line = (id: string, lang: string, hash: string): ManifestEntry => ({ id, lang, kind: 'guide', hash, size: 1 });

const manifest: Manifest = {
  version: 3,
  createdAt: '2026-12-01T10:00:00Z',
  entries: [
    line('guide/bankid', 'sv', 'a'),
    line('guide/bankid', 'ar', 'b'),
    line('guide/1177', 'sv', 'c'),
    line('guide/bankid', 'ar', 'second-line-for-the-same-pair'),
  ],
  media: [],
};

describe('entryFor', () => {
  it('finds the line in the language asked for', () => {
    expect(entryFor(manifest, 'guide/bankid', 'ar')?.hash).toBe('b');
  });

  it('falls back to the Swedish source where the language has no line', () => {
    expect(entryFor(manifest, 'guide/1177', 'ar')?.hash).toBe('c');
  });

  it('finds nothing for an id the manifest lacks, in any language', () => {
    expect(entryFor(manifest, 'guide/skatteverket', 'sv')).toBeUndefined();
  });

  it('answers from each manifest, not from another one looked up before', () => {
    const next: Manifest = { ...manifest, entries: [line('guide/bankid', 'ar', 'z')] };
    expect(entryFor(manifest, 'guide/bankid', 'ar')?.hash).toBe('b');
    expect(entryFor(next, 'guide/bankid', 'ar')?.hash).toBe('z');
    expect(entryFor(next, 'guide/1177', 'ar')).toBeUndefined();
  });
});
