/** Who calls a route in the fuzz: nobody, a kiosk with its token, or a signed-in staff member. */
export type Caller = 'anonymous' | 'kiosk' | 'helper' | 'editor' | 'admin';

export const CALLERS: readonly Caller[] = ['anonymous', 'kiosk', 'helper', 'editor', 'admin'];

const ANYONE = CALLERS;
const KIOSK: Caller[] = ['kiosk'];
const STAFF: Caller[] = ['helper', 'editor', 'admin'];
const EDITORS: Caller[] = ['editor', 'admin'];
const HELPERS: Caller[] = ['helper', 'admin'];
const ADMIN: Caller[] = ['admin'];
/** Routes that take a credential of their own, which no caller here has (the metrics scraper's token). */
const NOBODY: Caller[] = [];

/**
 * Who may get a 2xx from each route: the specification the fuzz checks the server against. The
 * routes themselves are found on the built app; a test fails when one is missing here, so this
 * cannot fall behind silently. HEAD follows GET.
 */
export const WHO_MAY: Record<string, readonly Caller[]> = {
  'GET /': ANYONE,
  'GET /healthz': ANYONE,
  'GET /metrics': NOBODY,
  'GET /api/content/manifest': ANYONE,
  'GET /api/content/entries': ANYONE,
  'GET /media/:hash': ANYONE,
  'GET /api/kiosk/config': ANYONE,
  'GET /take/:slug/:lang': ANYONE,
  'GET /take/_fonts/:file': ANYONE,
  'POST /api/staff/login': ANYONE,
  'POST /api/kiosk/enrol': ANYONE,
  'GET /api/kiosk/slots': KIOSK,
  'GET /api/kiosk/settings': KIOSK,
  'POST /api/kiosk/heartbeat': KIOSK,
  'POST /api/bookings': KIOSK,
  'POST /api/staff/logout': STAFF,
  'GET /api/staff/me': STAFF,
  'POST /api/staff/password': STAFF,
  'GET /api/staff/users': ADMIN,
  'POST /api/staff/users': ADMIN,
  'PATCH /api/staff/users/:id': ADMIN,
  'GET /api/staff/audit': ADMIN,
  'GET /api/staff/audit.csv': ADMIN,
  'GET /api/staff/guides': EDITORS,
  'GET /api/staff/guides/:id': EDITORS,
  'PUT /api/staff/guides/:id/texts/:lang': EDITORS,
  'POST /api/staff/preview': EDITORS,
  'GET /api/staff/publish/preview': EDITORS,
  'POST /api/staff/publish': EDITORS,
  'GET /api/staff/versions': EDITORS,
  'POST /api/staff/versions/:version/restore': EDITORS,
  'GET /api/staff/media': EDITORS,
  'POST /api/staff/media': EDITORS,
  'PUT /api/staff/guides/:id/video': EDITORS,
  'PUT /api/staff/guides/:id/placement': EDITORS,
  'PUT /api/staff/guides/:id/icon': EDITORS,
  'PUT /api/staff/categories': EDITORS,
  'POST /api/staff/guides': EDITORS,
  'POST /api/staff/guides/:id/archive': EDITORS,
  'POST /api/staff/guides/:id/restore': EDITORS,
  'POST /api/staff/categories': EDITORS,
  'POST /api/staff/categories/:id/archive': EDITORS,
  'POST /api/staff/categories/:id/restore': EDITORS,
  'GET /api/staff/pack': EDITORS,
  'POST /api/staff/pack': EDITORS,
  'GET /api/staff/times': HELPERS,
  'PUT /api/staff/branches/:id': HELPERS,
  'POST /api/staff/patterns': HELPERS,
  'PUT /api/staff/patterns/:id': HELPERS,
  'DELETE /api/staff/patterns/:id': HELPERS,
  'POST /api/staff/exceptions': HELPERS,
  'DELETE /api/staff/exceptions/:id': HELPERS,
  'GET /api/staff/slots': HELPERS,
  'GET /api/staff/bookings': HELPERS,
  'GET /api/staff/bookings.csv': HELPERS,
  'POST /api/staff/bookings/:id/status': HELPERS,
  'POST /api/staff/bookings/:id/move': HELPERS,
  'GET /api/staff/bookings/counts': HELPERS,
  'GET /api/staff/retention': HELPERS,
  'POST /api/staff/enrolments': ADMIN,
  'GET /api/staff/enrolments': ADMIN,
  'DELETE /api/staff/enrolments/:id': ADMIN,
  'GET /api/staff/kiosks': HELPERS,
  'GET /api/staff/kiosks/:id': HELPERS,
  'PATCH /api/staff/kiosks/:id': ADMIN,
  'POST /api/staff/kiosks/:id/revoke': ADMIN,
  'PUT /api/staff/kiosks/:id/settings': ADMIN,
  'GET /api/staff/branches/:id/kiosk-settings': ADMIN,
  'PUT /api/staff/branches/:id/kiosk-settings': ADMIN,
};

/** The callers that may get a 2xx from a route ("METHOD /path/:param"), or undefined when it is not listed. */
export function whoMay(route: string): readonly Caller[] | undefined {
  return WHO_MAY[route.replace(/^HEAD /, 'GET ')];
}
