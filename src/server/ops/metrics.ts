import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { fleetTotals } from './fleet-totals.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Requests the router matched no route for share one label value, so strangers' URLs cannot grow the series. */
const NO_ROUTE = '(none)';
const OUTCOMES = new Set(['confirmed', 'moved', 'waiting']);

/** The outcome a booking answer carries, or null for anything else (a problem, a body that is not JSON). */
function outcomeOf(payload: unknown): string | null {
  if (typeof payload !== 'string') return null;
  try {
    const outcome = (JSON.parse(payload) as { outcome?: unknown }).outcome;
    return typeof outcome === 'string' && OUTCOMES.has(outcome) ? outcome : null;
  } catch {
    return null;
  }
}

/**
 * `GET /metrics` in Prometheus text format, for a scraper that sends `Authorization: Bearer
 * <METRICS_TOKEN>`; with no token configured it is off (404) and nothing is measured. Each app
 * has a registry of its own, so two apps in one process (tests) never share counts.
 */
export const metrics = fp<{ token: string | null }>(async (app, { token }) => {
  const scope = app as unknown as App;
  if (token === null) {
    scope.get('/metrics', { config: { access: 'public' } }, async (_request, reply) =>
      sendProblem(reply, { type: PROBLEM.notFound, title: 'Not found', status: 404, detail: 'Metrics are off' }),
    );
    return;
  }
  const expected = digest(token);
  const registry = new Registry();
  // Event-loop lag, memory, CPU, handles: prom-client's standard process metrics.
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'servicepunkt_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'servicepunkt_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const bookings = new Counter({
    name: 'servicepunkt_bookings_total',
    help: 'Help-session requests from kiosks, by outcome (replayed: a retry answered from the stored answer)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const syncs = new Counter({
    name: 'servicepunkt_content_syncs_total',
    help: 'Kiosks asking for the content manifest: 200 sent a new one, 304 had it already',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const kiosks = new Gauge({
    name: 'servicepunkt_kiosks',
    help: 'Enrolled kiosks by state',
    labelNames: ['state'] as const,
    registers: [registry],
  });
  const outbox = new Gauge({
    name: 'servicepunkt_kiosk_outbox_entries',
    help: 'Requests waiting in kiosks’ outboxes across the fleet, as last reported: pending or rejected',
    labelNames: ['kind'] as const,
    registers: [registry],
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/api/bookings') return payload;
    if (reply.getHeader('idempotent-replayed') === 'true') bookings.inc({ outcome: 'replayed' });
    else if (reply.statusCode === 201) {
      const outcome = outcomeOf(payload);
      if (outcome) bookings.inc({ outcome });
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern, never the URL: the label set stays as small as the route table.
    const route = (!request.is404 && request.routeOptions.url) || NO_ROUTE;
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    durations.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    if (request.method === 'GET' && route === '/api/content/manifest') syncs.inc({ status: String(reply.statusCode) });
  });

  scope.get('/metrics', { config: { access: 'public' } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    // Compared as digests, in constant time, so the answer's timing tells nothing about the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      return sendProblem(reply, {
        type: PROBLEM.unauthenticated,
        title: 'Metrics token needed',
        status: 401,
        detail: 'Send the metrics token as "Authorization: Bearer <token>"',
      });
    }
    try {
      const totals = await fleetTotals(scope.db);
      for (const [state, count] of Object.entries(totals.kiosks)) kiosks.set({ state }, count);
      outbox.set({ kind: 'pending' }, totals.outboxPending);
      outbox.set({ kind: 'rejected' }, totals.outboxRejected);
    } catch (error) {
      request.log.error({ err: error }, 'could not read the fleet for /metrics');
      return sendProblem(reply, { type: PROBLEM.unavailable, title: 'Database unavailable', status: 503 });
    }
    reply.header('cache-control', 'no-store').type(registry.contentType);
    return registry.metrics();
  });
});
