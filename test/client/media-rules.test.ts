import { describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../src/domain/staff-api.js';
import { refusalOf } from '../../src/staff/media/media-rules.js';

const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

describe('the console refuses files the server would, before uploading', () => {
  it('refuses an SVG over the SVG limit, naming that limit', async () => {
    expect(await refusalOf(file('diagram.svg', MEDIA_LIMITS.svg + 1))).toEqual({
      reason: 'size',
      kind: 'image',
      size: MEDIA_LIMITS.svg + 1,
      limit: MEDIA_LIMITS.svg,
    });
  });

  it('takes an SVG at the limit, and other images up to the image limit', async () => {
    expect(await refusalOf(file('diagram.svg', MEDIA_LIMITS.svg))).toBeNull();
    expect(await refusalOf(file('photo.png', MEDIA_LIMITS.svg + 1))).toBeNull();
    expect(await refusalOf(file('photo.png', MEDIA_LIMITS.image + 1))).toMatchObject({ limit: MEDIA_LIMITS.image });
  });
});
