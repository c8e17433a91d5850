import { type Static, Type } from 'typebox';
import { DisplayText, MediaPath, PictogramName, Slug, TextStatus, VideoPath } from './common.js';

/** The `format` a content pack file names itself with. */
export const PACK_FORMAT = 'servicepunkt-content-pack';

/**
 * Guides, categories and the welcome video as editors keep them. Languages stay open keys here:
 * the content check names a guide's unknown language more clearly than a schema error could.
 */
const PackCategory = Type.Object({
  id: Slug,
  order: Type.Integer({ minimum: 0 }),
  name: Type.Record(Type.String(), DisplayText(200, 1)),
  icon: Type.Optional(PictogramName),
});

const PackGuide = Type.Object({
  id: Slug,
  category: Slug,
  order: Type.Integer({ minimum: 0 }),
  video: Type.Union([Type.Null(), VideoPath]),
  /** The guide's own pictogram; packs made before guides had one lack it. */
  icon: Type.Optional(PictogramName),
  texts: Type.Record(Type.String(), Type.Object({ markdown: Type.String({ maxLength: 100_000 }), status: TextStatus })),
});

export const PackContent = Type.Object({
  categories: Type.Array(PackCategory),
  guides: Type.Array(PackGuide),
  welcome: Type.Object({ video: Type.Union([Type.Null(), VideoPath]) }),
  /** Archived guides and categories, kept so they can be restored; packs made before archiving lack it. */
  archived: Type.Optional(Type.Object({ categories: Type.Array(PackCategory), guides: Type.Array(PackGuide) })),
});

/** A content pack file: all editorial content and every media file, base64-encoded. */
export const Pack = Type.Object({
  format: Type.Literal(PACK_FORMAT),
  version: Type.Literal(1),
  exportedAt: Type.String(),
  content: PackContent,
  media: Type.Array(Type.Object({ path: MediaPath, data: Type.String() })),
});

export type PackContent = Static<typeof PackContent>;
export type Pack = Static<typeof Pack>;
