import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestEntry } from '../../src/domain/content.js';
import {
  applyDelta,
  DeltaMismatchError,
  diffManifests,
  type ManifestChanges,
  manifestDigest,
} from '../../src/domain/manifest-delta.js';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const line = (id: string, lang: string, body = `${id}:${lang}`): ManifestEntry => ({
  id,
  lang,
  kind: id === 'categories' ? 'categories' : 'guide',
  hash: hash(body),
  size: body.length,
});
const media = (name: string, size = 10) => ({ hash: hash(name), size, type: 'image/png' });

const v1: Manifest = {
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  entries: [line('categories', 'sv'), line('guide/a', 'en'), line('guide/a', 'sv'), line('guide/b', 'sv')],
  media: [media('one'), media('two')].sort((a, b) => a.hash.localeCompare(b.hash)),
};

describe('diffManifests and applyDelta', () => {
  it('sends only the lines that changed, and applying them gives the next manifest byte for byte', async () => {
    const v2: Manifest = {
      version: 2,
      createdAt: '2025-01-02T00:00:00.000Z',
      entries: [
        line('categories', 'sv'),
        line('guide/a', 'sv', 'new text'),
        line('guide/b', 'sv'),
        line('guide/c', 'sv'),
      ],
      media: [media('one'), media('three')].sort((a, b) => a.hash.localeCompare(b.hash)),
    };
    const delta = diffManifests(v1, v2);
    expect(delta).toEqual({
      base: 1,
      version: 2,
      createdAt: v2.createdAt,
      added: [line('guide/c', 'sv')],
      changed: [line('guide/a', 'sv', 'new text')],
      removed: [{ id: 'guide/a', lang: 'en' }],
      mediaAdded: [media('three')],
      mediaRemoved: [media('two').hash],
    });
    const rebuilt = applyDelta(v1, delta);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(v2));
    expect(await manifestDigest(JSON.stringify(rebuilt))).toBe(hash(JSON.stringify(v2)));
  });

  it('makes an empty delta between equal manifests, which changes only the header', () => {
    const again = { ...v1, version: 5, createdAt: '2025-02-01T00:00:00.000Z' };
    const delta = diffManifests(v1, again);
    expect([delta.added, delta.changed, delta.removed, delta.mediaAdded, delta.mediaRemoved]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(applyDelta(v1, delta)).toEqual(again);
  });

  it('goes back as well as forward: a rollback is a delta like any other', () => {
    const v2: Manifest = { ...v1, version: 2, entries: v1.entries.slice(1), media: [media('big', 99)] };
    const v3: Manifest = { ...v1, version: 3 };
    expect(applyDelta(applyDelta(v1, diffManifests(v1, v2)), diffManifests(v2, v3))).toEqual(v3);
  });

  it('sends a media ref whose size changed under the same hash as removed and added again', () => {
    const v2: Manifest = { ...v1, version: 2, media: v1.media.map((m) => ({ ...m, size: m.size + 1 })) };
    const delta = diffManifests(v1, v2);
    expect(delta.mediaRemoved).toHaveLength(2);
    expect(applyDelta(v1, delta)).toEqual(v2);
  });

  it('refuses a delta made from another version, or one that does not fit the base', () => {
    const v2: Manifest = { ...v1, version: 2, entries: [...v1.entries, line('guide/z', 'sv')] };
    const delta = diffManifests(v1, v2);
    const cases: ManifestChanges[] = [
      { ...delta, base: 7 },
      { ...delta, removed: [{ id: 'guide/none', lang: 'sv' }] },
      { ...delta, changed: [line('guide/none', 'sv')] },
      { ...delta, added: [line('guide/a', 'sv')] },
      { ...delta, mediaRemoved: [hash('none')] },
      { ...delta, mediaAdded: [media('one')] },
    ];
    for (const bad of cases) expect(() => applyDelta(v1, bad)).toThrow(DeltaMismatchError);
  });
});
