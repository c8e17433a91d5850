import fc from 'fast-check';
import { type Hints, huge, type JsonSchema, junk, mutatedOf, validOf } from './fuzz-schema.js';
import { CALLERS, type Caller } from './route-policy.js';

/** A route as the app registered it. */
export interface FoundRoute {
  method: string;
  url: string;
  schema?: { body?: JsonSchema; querystring?: JsonSchema; params?: JsonSchema };
}

/** One generated request; the caller's credentials are added when it is sent (sessions can change). */
export interface FuzzRequest {
  route: string;
  caller: Caller;
  /** Which Origin header a staff caller sends: its own server's (what gets past the check), another, none. */
  origin: 'same' | 'foreign' | 'none' | 'malformed';
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  remoteAddress: string;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Path segments and query values that have broken routers and decoders before. */
const NASTY = [
  '..',
  '.',
  '%2e%2e',
  '%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AE',
  '%FF%FE',
  '~',
  '*',
  ' ',
  '%20',
  '\u0000',
  '%u002e',
  '0',
  '-1',
  '1e3',
  '999999999999999999999',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/problem+json',
  'application/merge-patch+json',
  'text/html',
  ';;;',
  '',
];

const RAW_BODIES = ['', '{', '{"a":', 'null', '[]', '"text"', '1', '\u0000', '{"a":1}{"b":2}', 'a=1&b=2', '\ufeff{}'];

const segment = (hints: Hints, name: string, schema: JsonSchema | undefined) =>
  fc.oneof(
    {
      arbitrary: validOf(schema ?? { type: 'string' }, hints, name).map((v) => encodeURIComponent(String(v))),
      weight: 5,
    },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent), weight: 2 },
    { arbitrary: fc.constantFrom(...NASTY), weight: 2 },
    { arbitrary: huge().map((s) => encodeURIComponent(s.slice(0, 3000))), weight: 1 },
  );

/** The URL: the route's path with every `:param` filled in, and maybe a query string. */
function urlOf(route: FoundRoute, hints: Hints): fc.Arbitrary<string> {
  const parts = route.url.split('/').map((part) => {
    if (!part.startsWith(':')) return fc.constant(part);
    const name = part.slice(1);
    return segment(hints, name, route.schema?.params?.properties?.[name]);
  });
  return fc
    .tuple(fc.tuple(...parts), queryOf(route, hints))
    .map(([segments, query]) => `${segments.join('/') || '/'}${query}`);
}

const pairs = (entries: [string, unknown][]) =>
  entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');

function queryOf(route: FoundRoute, hints: Hints): fc.Arbitrary<string> {
  const schema = route.schema?.querystring;
  const random = fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 20 }), junk())), {
    maxLength: 4,
  });
  const options: fc.Arbitrary<string>[] = [
    fc.constant(''),
    random.map((entries) => `?${pairs(entries)}`),
    fc.constantFrom(...NASTY).map((raw) => `?${raw}=${raw}&${raw}`),
  ];
  if (schema) {
    const valid = validOf(schema, hints).map((v) => Object.entries(v as Record<string, unknown>));
    options.push(
      valid.map((entries) => `?${pairs(entries)}`),
      valid.map((entries) => `?${pairs([...entries, ...entries])}`),
      mutatedOf(schema, hints).map((v) => (v && typeof v === 'object' ? `?${pairs(Object.entries(v))}` : `?${v}`)),
    );
  }
  return fc.oneof(...options);
}

/** A multipart upload: a file with some name, type and bytes (sometimes a real image or captions). */
function multipart(): fc.Arbitrary<{ type: string; payload: string }> {
  const png = '\x89PNG\r\n\x1a\n';
  return fc
    .record({
      boundary: fc.constantFrom('b0undary', 'x', '----WebKitFormBoundary7MA4YWxkTrZu0gW'),
      name: fc.oneof(
        fc.constantFrom('a.png', 'photo.svg', 'captions.vtt', 'movie.mp4', '../../x.png', 'A B.PNG', '.png', 'x.exe'),
        fc.string({ maxLength: 40 }),
      ),
      field: fc.constantFrom('file', 'other'),
      bytes: fc.oneof(
        fc.constantFrom(
          `${png}data`,
          '<svg xmlns="http://www.w3.org/2000/svg"/>',
          'WEBVTT\n\n00:00.000 --> 00:01.000\nHi',
        ),
        fc.constantFrom('<svg onload="alert(1)"/>', `\x00\x00\x00\x18ftypmp42`, 'WEBVTT\n\n99:99.999 --> 00:00.000\n'),
        fc.string({ maxLength: 200, unit: 'binary' }),
      ),
      truncated: fc.boolean(),
    })
    .map(({ boundary, name, field, bytes, truncated }) => {
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${bytes}\r\n--${boundary}--\r\n`;
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        payload: truncated ? body.slice(0, Math.floor(body.length / 2)) : body,
      };
    });
}

/** A body and its content type: mostly JSON shaped by the route's schema, valid or broken, else anything. */
function bodyOf(route: FoundRoute, hints: Hints, rareValid: boolean) {
  const json = (value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(value, fc.nat(9), fc.constantFrom(...CONTENT_TYPES))
      .map(([v, pick, other]) => ({ type: pick < 8 ? 'application/json' : other, payload: JSON.stringify(v) ?? '' }));
  const anything = [
    { arbitrary: json(junk()), weight: 2 },
    {
      arbitrary: fc.record({ type: fc.constantFrom(...CONTENT_TYPES), payload: fc.constantFrom(...RAW_BODIES) }),
      weight: 1,
    },
    { arbitrary: multipart(), weight: 1 },
  ];
  const schema = route.schema?.body;
  const known = hints[`body ${route.method} ${route.url}`];
  if (!schema && !known) return fc.oneof(...anything);
  const shaped = schema ? validOf(schema, hints) : (known as fc.Arbitrary<unknown>);
  const broken = schema ? mutatedOf(schema, hints) : junk();
  return fc.oneof(
    { arbitrary: json(shaped), weight: rareValid ? 1 : 8 },
    { arbitrary: json(broken), weight: 4 },
    ...anything,
  );
}

/** Extra headers a client might send, most of them absent. */
function headersOf(hints: Hints): fc.Arbitrary<Record<string, string>> {
  const idempotencyKey = hints['idempotency-key'] ?? fc.uuid();
  return fc.record(
    {
      'idempotency-key': fc.oneof(
        { arbitrary: idempotencyKey.map(String), weight: 4 },
        { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
      ),
      'if-none-match': fc.oneof(fc.constant('*'), fc.string({ maxLength: 40 }), fc.constant('W/"x", "y"')),
      range: fc.constantFrom('bytes=0-10', 'bytes=-5', 'bytes=999999-', 'bytes=5-1', 'bytes=a-b', 'bytes=0-1,2-3'),
      accept: fc.constantFrom('*/*', 'text/html', 'application/json', ''),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'deflate', 'identity;q=0', '*'),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'junk', ''),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
}

/**
 * How to weigh a route's requests: callers allowed on it are favoured (most bugs are past the
 * door), unless the route is slow, where `rareAllowed` makes them rare; `rareValid` makes
 * well-formed bodies rare.
 */
export interface Restraint {
  allowed?: readonly Caller[];
  rareAllowed?: boolean;
  rareValid?: boolean;
}

/**
 * Requests aimed at one route: its own method (sometimes another), its path with generated
 * parameters, a query, a body and headers, from any caller (some rarer, see Restraint).
 */
export function requestsFor(route: FoundRoute, hints: Hints, restraint: Restraint = {}): fc.Arbitrary<FuzzRequest> {
  const key = `${route.method} ${route.url}`;
  const [allowedWeight, otherWeight] = restraint.rareAllowed ? [1, 12] : [4, 1];
  const callers = CALLERS.map((caller) => ({
    arbitrary: fc.constant(caller),
    weight: restraint.allowed?.includes(caller) ? allowedWeight : otherWeight,
  }));
  return fc
    .record({
      caller: fc.oneof(...callers),
      origin: fc.oneof(
        { arbitrary: fc.constant('same' as const), weight: 8 },
        { arbitrary: fc.constantFrom('foreign' as const, 'none' as const, 'malformed' as const), weight: 1 },
      ),
      method: fc.oneof(
        { arbitrary: fc.constant(route.method), weight: 12 },
        { arbitrary: fc.constantFrom(...METHODS), weight: 1 },
      ),
      url: urlOf(route, hints),
      body: fc.option(bodyOf(route, hints, restraint.rareValid ?? false), { freq: 8 }),
      headers: headersOf(hints),
      remoteAddress: fc.constantFrom('127.0.0.1', '10.0.0.7', '192.168.1.20', '::1', '2001:db8::1'),
    })
    .map(({ body, headers, ...rest }) => {
      // Bodies go with methods that have one; a GET carries one only now and then.
      const sendBody = body !== null && (rest.method !== 'GET' || body.payload.length % 7 === 0);
      return {
        route: key,
        ...rest,
        headers: sendBody ? { ...headers, 'content-type': body.type } : headers,
        ...(sendBody ? { payload: body.payload } : {}),
      };
    });
}
