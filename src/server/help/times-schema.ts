import { Type } from 'typebox';

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const DateString = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const Id = Type.String({ pattern: '^[a-z0-9-]{1,60}$' });
const Day = Type.Object({ open: Time, close: Time }, { additionalProperties: false });

export const BranchInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    place: Type.String({ maxLength: 200 }),
    openingHours: Type.Object(
      Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, Type.Optional(Day)])),
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const PatternInputSchema = Type.Object(
  {
    branchId: Id,
    kind: Type.Union([Type.Literal('drop-in'), Type.Literal('bookable')]),
    weekday: Type.Integer({ minimum: 1, maximum: 7 }),
    start: Time,
    durationMinutes: Type.Integer({ minimum: 5, maximum: 600 }),
    capacity: Type.Integer({ minimum: 0, maximum: 100 }),
    topics: Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,80}$' }), { maxItems: 50 }),
    languages: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 20 }),
    from: DateString,
    until: Type.Union([DateString, Type.Null()]),
  },
  { additionalProperties: false },
);

export const ExceptionInputSchema = Type.Object(
  {
    branchId: Id,
    patternId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    date: DateString,
    reason: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** The seed file `content/sessions.json`: branches with their patterns and exceptions. */
export const SessionsSeedSchema = Type.Object(
  {
    branches: Type.Array(
      Type.Object({
        id: Id,
        ...BranchInputSchema.properties,
        patterns: Type.Array(Type.Omit(PatternInputSchema, ['branchId'])),
        closed: Type.Array(Type.Object({ date: DateString, reason: Type.String({ maxLength: 200 }) })),
      }),
    ),
  },
  { additionalProperties: false },
);

export { DateString, Id as BranchId };
