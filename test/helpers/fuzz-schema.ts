import fc from 'fast-check';

/** The part of JSON Schema the routes' TypeBox schemas use. */
export interface JsonSchema {
  type?: string;
  const?: unknown;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** Values known to the seeded server, by field or parameter name, so generated input reaches the handlers. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/**
 * Generated text stays short: the server's own limits are tested by the `huge` mutations, and guide
 * Markdown with long runs of emphasis markers is a known super-linear case that has its own test.
 */
const MAX_TEXT = 60;

const text = (min = 0, max = MAX_TEXT) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }),
    fc.string({ minLength: min, maxLength: max, unit: 'binary' }),
  );

/** A value the schema accepts (or nearly: patterns and limits are followed, hints are used where given). */
export function validOf(schema: JsonSchema, hints: Hints, name = ''): fc.Arbitrary<unknown> {
  const generated = byShape(schema, hints);
  const hint = hints[name];
  return hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: generated, weight: 1 }) : generated;
}

function byShape(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validOf(s, hints)));
  switch (schema.type) {
    case 'object':
      return objectOf(schema, hints);
    case 'array':
      return fc.array(validOf(schema.items ?? {}, hints), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return text(
        schema.minLength ?? 0,
        Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? MAX_TEXT, MAX_TEXT)),
      );
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return junk();
  }
}

function objectOf(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const pattern = Object.values(schema.patternProperties ?? {})[0];
  const keyed = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, validOf(value, hints, key)])),
    { requiredKeys: schema.required ?? [] },
  );
  if (!pattern) return keyed;
  // A record (category names by language, say): mostly the hinted keys, sometimes any.
  const known = (hints['record-key'] ?? fc.string({ maxLength: 10 })).map(String);
  const key = fc.oneof(known, fc.string({ maxLength: 10 }));
  return fc.dictionary(key, validOf(pattern, hints), { maxKeys: 4 });
}

/** Any JSON-like value: wrong types, nulls, unicode, numbers at the edges, deep nesting, big strings. */
export function junk(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 4 },
    { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, -0, '', '0', 'null', '[]', '{}'), weight: 2 },
    { arbitrary: deep(), weight: 1 },
    { arbitrary: huge(), weight: 1 },
    { arbitrary: pollution(), weight: 1 },
  );
}

/** Objects with own `__proto__` / `constructor` keys, as JSON.parse makes them from a request body. */
function pollution(): fc.Arbitrary<unknown> {
  return fc
    .constantFrom('{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"role":"admin"}}}')
    .map((json) => JSON.parse(json) as unknown);
}

/** Nesting deep enough to hurt a recursive walker, still small in bytes. */
function deep(): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean())
    .map(([depth, arrays]) => JSON.parse(arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : nested(depth)));
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A string a little or a lot past the usual limits; no emphasis markers, so no Markdown hits the known slow case. */
export function huge(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('x', 'é', '𝄞', ' ', '\u0000', '<', '%'), fc.integer({ min: 61, max: 12_000 }))
    .map(([unit, n]) => unit.repeat(n));
}

/**
 * A valid value of the schema, then broken one way: a field of the wrong type, removed, null,
 * huge, an extra field, or the whole body replaced by junk.
 */
export function mutatedOf(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  return fc
    .tuple(validOf(schema, hints), fc.nat(), junk(), fc.constantFrom('wrong', 'remove', 'null', 'huge', 'extra'))
    .map(([value, pick, replacement, how]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys.length > 0 ? (keys[pick % keys.length] as string) : 'extra';
      if (how === 'remove') delete copy[key];
      else if (how === 'null') copy[key] = null;
      else if (how === 'huge') copy[key] = 'h'.repeat(1000 + (pick % 9000));
      else if (how === 'extra') copy[`extra${pick % 3}`] = replacement;
      else copy[key] = replacement;
      return copy;
    });
}
