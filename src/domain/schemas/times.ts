import { type Static, Type } from 'typebox';
import type { PlaceTranslations } from '../help.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../languages.js';
import { BranchId, DateString, DisplayText, Slug, TimeOfDay } from './common.js';

const Day = Type.Object({ open: TimeOfDay, close: TimeOfDay }, { additionalProperties: false });

const PLACE_MAX = 200;

/**
 * The place in the shipped languages other than Swedish, each written like the Swedish place; an
 * unknown language (or Swedish, which is the place itself) is refused. A language left out has none.
 */
export const PlaceTranslationsSchema = Type.Object(
  Object.fromEntries(
    LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE).map((l) => [l.code, Type.Optional(DisplayText(PLACE_MAX, 1))]),
  ),
  { additionalProperties: false },
);

/**
 * A branch as helpers write it: its name, where the help is (in Swedish, and in other languages),
 * and opening hours per weekday (1 = Monday). Without `placeTranslations` the stored ones stay, so
 * a console tab from before they existed cannot erase them.
 */
export const BranchInputSchema = Type.Object(
  {
    name: DisplayText(120, 1),
    place: DisplayText(PLACE_MAX),
    placeTranslations: Type.Optional(PlaceTranslationsSchema),
    // Written out, not generated, so the derived type names the seven days.
    openingHours: Type.Object(
      {
        '1': Type.Optional(Day),
        '2': Type.Optional(Day),
        '3': Type.Optional(Day),
        '4': Type.Optional(Day),
        '5': Type.Optional(Day),
        '6': Type.Optional(Day),
        '7': Type.Optional(Day),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
/** The schema's own type, with the translations as the domain names them (a record built from a list reads poorly). */
export type BranchInput = Omit<Static<typeof BranchInputSchema>, 'placeTranslations'> & {
  placeTranslations?: PlaceTranslations;
};

/** A weekly session pattern as staff write it; the server gives it its id. */
export const PatternInputSchema = Type.Object(
  {
    branchId: BranchId,
    kind: Type.Union([Type.Literal('drop-in'), Type.Literal('bookable')]),
    weekday: Type.Integer({ minimum: 1, maximum: 7 }),
    start: TimeOfDay,
    durationMinutes: Type.Integer({ minimum: 5, maximum: 600 }),
    capacity: Type.Integer({ minimum: 0, maximum: 100 }),
    topics: Type.Array(Slug, { maxItems: 50 }),
    languages: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 20 }),
    from: DateString,
    until: Type.Union([DateString, Type.Null()]),
  },
  { additionalProperties: false },
);
export type PatternInput = Static<typeof PatternInputSchema>;

/** One pattern off on a date (patternId), or the whole branch closed (patternId null). */
export const ExceptionInputSchema = Type.Object(
  {
    branchId: BranchId,
    patternId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    date: DateString,
    reason: DisplayText(200),
  },
  { additionalProperties: false },
);
export type ExceptionInput = Static<typeof ExceptionInputSchema>;

/** The seed file `content/sessions.json`: branches with their patterns and exceptions. */
export const SessionsSeedSchema = Type.Object(
  {
    branches: Type.Array(
      Type.Object({
        id: BranchId,
        ...BranchInputSchema.properties,
        patterns: Type.Array(Type.Omit(PatternInputSchema, ['branchId'])),
        closed: Type.Array(Type.Object({ date: DateString, reason: DisplayText(200) })),
      }),
    ),
  },
  { additionalProperties: false },
);
