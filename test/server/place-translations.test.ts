import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Branch, SlotFeed } from '../../src/domain/help.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import type { GuideList } from '../../src/domain/staff-api.js';
import { BRANCH } from '../helpers/bookings.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

let server: Awaited<ReturnType<typeof testServer>>;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

const hours = { '1': { open: '10:00', close: '18:00' } };

async function kioskBranches(): Promise<Branch[]> {
  const response = await server.app.inject({
    url: '/api/kiosk/slots',
    headers: { authorization: `Bearer ${server.kioskToken}` },
  });
  expect(response.statusCode).toBe(200);
  return response.json<SlotFeed>().branches;
}

function putBranch(headers: Record<string, string>, id: string, body: unknown) {
  return server.app.inject({ method: 'PUT', url: `/api/staff/branches/${id}`, headers, payload: body as object });
}

describe('a branch place in every language', () => {
  it('the seed has the place in all nine languages, and the kiosk feed carries them', async () => {
    const [branch] = await kioskBranches();
    expect(branch?.place).toBe('Plan 1, Digital hjälp vid datorerna');
    for (const { code } of LANGUAGES.filter((l) => l.code !== 'sv')) {
      expect(branch?.placeTranslations?.[code], code).toMatch(/\S/);
    }
    expect(branch?.placeTranslations?.ar).toMatch(/[\u0600-\u06ff]/);
    expect(branch?.placeTranslations?.ti).toMatch(/[\u1200-\u137f]/);
  });

  it('a branch saved with places in several languages comes back in the kiosk slot feed', async () => {
    const helper = await signedIn(server, 'hanna', 'helper');
    const body = {
      name: 'Filialen',
      place: 'Entréplan, vid informationsdisken',
      placeTranslations: { ar: 'الطابق الأرضي، عند مكتب الاستعلامات', en: 'Ground floor, at the information desk' },
      openingHours: hours,
    };
    const saved = await putBranch(helper, 'filialen', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject(body);
    const branch = (await kioskBranches()).find((b) => b.id === 'filialen');
    expect(branch).toMatchObject({ place: body.place, placeTranslations: body.placeTranslations });
    // Saved again without any: the place is Swedish only again.
    expect((await putBranch(helper, 'filialen', { ...body, placeTranslations: {} })).statusCode).toBe(200);
    expect((await kioskBranches()).find((b) => b.id === 'filialen')?.placeTranslations).toEqual({});
  });

  it('a console that sends no translations (an older tab) keeps the stored ones', async () => {
    const helper = await signedIn(server, 'hanna', 'helper');
    const [before] = await kioskBranches();
    const { placeTranslations: _, ...withoutTranslations } = before as Branch;
    const { id: __, ...input } = withoutTranslations;
    expect((await putBranch(helper, BRANCH, { ...input, name: 'Stadsbiblioteket City' })).statusCode).toBe(200);
    const [after] = await kioskBranches();
    expect(after?.name).toBe('Stadsbiblioteket City');
    expect(after?.placeTranslations).toEqual(before?.placeTranslations);
  });

  it.each([
    ['a language the kiosk does not ship', { de: 'Erdgeschoss' }],
    ['Swedish, which is the place itself', { sv: 'Plan 1' }],
    ['an empty translation', { en: '' }],
    ['a translation too long', { en: 'x'.repeat(201) }],
    ['a translation with a line break', { en: 'Floor 1\nat the computers' }],
  ])('%s is a 400 and changes nothing', async (_name, placeTranslations) => {
    const helper = await signedIn(server, 'hanna', 'helper');
    const [before] = await kioskBranches();
    const response = await putBranch(helper, BRANCH, {
      name: 'Anything',
      place: 'Plan 2',
      placeTranslations,
      openingHours: hours,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await kioskBranches()).toEqual([before]);
  });

  it('the translation status counts a place without a translation as missing for that language', async () => {
    const helper = await signedIn(server, 'hanna', 'helper');
    const editor = await signedIn(server, 'eva', 'editor');
    await putBranch(helper, 'filialen', {
      name: 'Filialen',
      place: 'Entréplan',
      placeTranslations: { en: 'Ground floor' },
      openingHours: hours,
    });
    const response = await server.app.inject({ url: '/api/staff/guides', headers: editor });
    expect(response.statusCode).toBe(200);
    const { places } = response.json<GuideList>();
    const filialen = places.find((p) => p.id === 'filialen');
    expect(filialen?.status).toMatchObject({ sv: 'reviewed', en: 'reviewed', ar: 'missing', ti: 'missing' });
    const seed = places.find((p) => p.id === BRANCH);
    expect(Object.values(seed?.status ?? {})).not.toContain('missing');
    expect(Object.keys(seed?.status ?? {}).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });
});
