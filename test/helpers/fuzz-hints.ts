import fc from 'fast-check';
import { LANGUAGES } from '../../src/domain/languages.js';
import { addDays, libraryLocal } from '../../src/domain/slot-rules.js';
import type { App } from '../../src/server/app.js';
import type { Hints } from './fuzz-schema.js';

/** The password every fuzz staff account has, so some generated logins and password changes succeed. */
export const FUZZ_PASSWORD = 'a long enough secret';

/** Guide Markdown the fuzz sends stays under this: longer text reaches a known slow parser case. */
const MARKDOWN_MAX = 2000;

const strings = (values: readonly (string | number)[]) =>
  values.length > 0 ? fc.constantFrom(...values.map(String)) : fc.constant('none');

/**
 * Values the seeded server knows (guide ids, languages, media, branches, times, users, versions,
 * requests), by the field or parameter name they go in, so that generated requests get past
 * validation and into the handlers. `pack` is an exported content pack, the one well-formed body
 * of the pack import (its route has no schema to generate from).
 */
export async function hintsFrom(app: App, pack: unknown): Promise<Hints> {
  const db = app.db;
  const guides = (await db.selectFrom('editorial_guide').select('id').execute()).map((r) => r.id);
  const categories = (await db.selectFrom('editorial_category').select('id').execute()).map((r) => r.id);
  const media = await db.selectFrom('editorial_media').select(['path', 'hash']).execute();
  const texts = await db.selectFrom('editorial_text').select('markdown').execute();
  const blobs = (await db.selectFrom('content_blob').select('hash').execute()).map((r) => r.hash);
  const versions = (await db.selectFrom('content_version').select('version').execute()).map((r) => r.version);
  const branches = (await db.selectFrom('branch').select('id').execute()).map((r) => r.id);
  const patterns = (await db.selectFrom('session_pattern').select('id').execute()).map((r) => r.id);
  const exceptions = (await db.selectFrom('session_exception').select('id').execute()).map((r) => r.id);
  const bookings = (await db.selectFrom('booking').select('id').execute()).map((r) => r.id);
  const users = (await db.selectFrom('staff_user').select(['id', 'username']).execute()) ?? [];
  const kiosks = (await db.selectFrom('kiosk').select('id').execute()).map((r) => r.id);
  const slots = (await app.slots.feed(new Date())).slots.map((s) => s.id);
  const languages = LANGUAGES.map((l) => l.code);
  const today = libraryLocal(new Date()).slice(0, 10);
  const dates = [-400, -1, 0, 1, 7, 30, 90, 400].map((d) => addDays(today, d));
  const markdown = texts.map((t) => t.markdown).filter((m) => m.length < MARKDOWN_MAX);

  return {
    // Path parameters named `id` are guides, users, times, requests or kiosks depending on the route.
    id: strings([
      ...guides,
      ...users.map((u) => u.id),
      ...patterns,
      ...exceptions,
      ...bookings,
      ...branches,
      ...kiosks,
      0,
    ]),
    slug: strings(guides),
    lang: strings(languages),
    hash: strings(media.map((m) => m.hash)),
    version: strings([...versions, versions.length + 5]),
    topic: strings(guides),
    language: strings(languages),
    'record-key': strings(languages),
    branchId: strings(branches),
    branch: strings(branches),
    slots: fc.subarray(slots, { maxLength: 3 }),
    slotId: strings(slots),
    category: strings(categories),
    path: fc.oneof(strings(media.map((m) => m.path)), fc.constant(null)),
    patternId: fc.oneof(fc.constantFrom(...patterns), fc.constant(null)),
    username: strings([...users.map((u) => u.username), 'new.user']),
    password: fc.constant(FUZZ_PASSWORD),
    current: fc.constant(FUZZ_PASSWORD),
    next: fc.constant('another long enough secret'),
    markdown: fc.oneof(strings(markdown), fc.constantFrom('# Title\n\n## Step\ntext', '', '#', '![x](media/none.png)')),
    date: strings(dates),
    from: strings(dates),
    until: strings(dates),
    to: strings(dates),
    createdAt: fc.constantFrom(new Date().toISOString(), new Date(0).toISOString(), 'yesterday', ''),
    hashes: fc.subarray(blobs, { minLength: 1, maxLength: 5 }).map((h) => h.join(',')),
    'idempotency-key': fc.uuid(),
    'body POST /api/staff/pack': fc.constant(pack),
  };
}
