import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { TFunction } from 'i18next';
import type { Kysely } from 'kysely';
import { DEFAULT_KIOSK_CONFIG, type KioskConfig } from '../domain/kiosk-config.js';
import { type WorkOptions, type WorkPool, workPool } from './content/work-pool.js';
import type { Database } from './db/schema.js';
import { type SlotCatalog, slotCatalog } from './help/slot-catalog.js';
import type { MediaStore } from './media-store.js';
import { metrics } from './ops/metrics.js';
import { accessControl, publicRoutes } from './plugins/access.js';
import { compression } from './plugins/compression.js';
import { kioskAuth } from './plugins/kiosk-auth.js';
import { manifestCheck } from './plugins/manifest-check.js';
import { PROBLEM, problemHandlers, sendProblem } from './plugins/problem.js';
import { securityHeaders, setUnroutedHeaders } from './plugins/security-headers.js';
import { staffAuth } from './plugins/staff-auth.js';
import { type BookingRepository, bookingRepository } from './repositories/booking-repository.js';
import { type ContentRepository, contentRepository } from './repositories/content-repository.js';
import { type EditorialRepository, editorialRepository } from './repositories/editorial-repository.js';
import { type EnrolmentRepository, enrolmentRepository } from './repositories/enrolment-repository.js';
import { type IdempotencyRepository, idempotencyRepository } from './repositories/idempotency-repository.js';
import { type KioskRepository, kioskRepository } from './repositories/kiosk-repository.js';
import { type TimesRepository, timesRepository } from './repositories/times-repository.js';
import { bookingRoutes } from './routes/bookings.js';
import { contentRoutes } from './routes/content.js';
import { healthRoutes } from './routes/health.js';
import { kioskConfigRoutes } from './routes/kiosk-config.js';
import { kioskFleetRoutes } from './routes/kiosk-fleet.js';
import { mediaRoutes } from './routes/media.js';
import { staffAuditRoutes } from './routes/staff-audit.js';
import { staffBookingRoutes } from './routes/staff-bookings.js';
import { staffCategoryRoutes } from './routes/staff-categories.js';
import { staffCategoryArchiveRoutes } from './routes/staff-category-archive.js';
import { staffContentRoutes } from './routes/staff-content.js';
import { staffEnrolmentRoutes } from './routes/staff-enrolments.js';
import { staffFleetRoutes } from './routes/staff-fleet.js';
import { staffGuideRoutes } from './routes/staff-guides.js';
import { staffKioskSettingsRoutes } from './routes/staff-kiosk-settings.js';
import { staffMediaRoutes } from './routes/staff-media.js';
import { staffPackRoutes } from './routes/staff-pack.js';
import { staffSessionRoutes } from './routes/staff-session.js';
import { staffTimesRoutes } from './routes/staff-times.js';
import { staffUserRoutes } from './routes/staff-users.js';
import { staticRoutes } from './routes/static.js';
import { takeAwayRoutes } from './routes/take-away.js';
import { loadTranslations } from './translations.js';

export interface AppOptions {
  db: Kysely<Database>;
  media: MediaStore;
  /** The built kiosk and console; a missing folder is answered with a clear 404. */
  publicDir: string;
  logLevel?: string;
  /** Settings served to kiosks; defaults as in DEFAULT_KIOSK_CONFIG. */
  kiosk?: Partial<KioskConfig>;
  /** UI strings for server-rendered pages. */
  localesDir?: string;
  /** The shared token of an installation from before enrolment (kiosk routes accept it too); null: none. */
  kioskToken: string | null;
  /** Days after a session that visitors' personal data is deleted (default 30). */
  personalDataDays?: number;
  /** How long an unfinished request's idempotency claim holds off retries (tests shorten it). */
  idempotencyStaleMs?: number;
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For/-Proto set `request.ip` and `request.protocol`. */
  trustProxy?: string[];
  /** The worker pool for slow work (guide texts, SVGs, packs): time budgets, threads, queue. */
  work?: WorkOptions;
  /** The bearer token /metrics asks for; unset or null, /metrics is off (404). */
  metricsToken?: string | null;
  /** The server's clock (tests set it); default: the system's. */
  now?: () => Date;
  /** Called for every route as it is added (the route fuzz test finds every route this way). */
  onRoute?: (route: import('fastify').RouteOptions) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    media: MediaStore;
    content: ContentRepository;
    editorial: EditorialRepository;
    kioskConfig: KioskConfig;
    translate: (lang: string) => TFunction;
    times: TimesRepository;
    bookings: BookingRepository;
    idempotency: IdempotencyRepository;
    kiosks: KioskRepository;
    enrolments: EnrolmentRepository;
    slots: SlotCatalog;
    personalDataDays: number;
    /** The time now: the clock the app was built with. */
    now: () => Date;
    work: WorkPool;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Builds the Fastify app: plugins, then repositories, then routes. Tests call `inject()` on it. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // Forwarded headers count only when the socket's peer is a listed proxy; never trust them all.
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    // Bad input must be refused, not quietly reshaped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    // Errors Fastify meets before routing (a malformed URL) are answered like every other problem.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(setUnroutedHeaders(reply), {
        type: PROBLEM.badRequest,
        title: 'Bad request',
        status: 400,
        detail: error.message,
      }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);

  app.decorate('db', options.db);
  app.decorate('media', options.media);
  app.decorate('content', contentRepository(options.db));
  app.decorate('editorial', editorialRepository(options.db));
  app.decorate('kioskConfig', { ...DEFAULT_KIOSK_CONFIG, ...options.kiosk });
  app.decorate('times', timesRepository(options.db));
  app.decorate('bookings', bookingRepository(options.db));
  app.decorate('idempotency', idempotencyRepository(options.db, options.idempotencyStaleMs));
  app.decorate('kiosks', kioskRepository(options.db));
  app.decorate('enrolments', enrolmentRepository(options.db));
  app.decorate('slots', slotCatalog(app.times, app.bookings));
  app.decorate('personalDataDays', options.personalDataDays ?? 30);
  app.decorate('now', options.now ?? (() => new Date()));
  // Guide texts, SVGs and packs are checked on worker threads, never on the event loop that serves kiosks.
  app.decorate('work', workPool(options.work));
  app.addHook('onClose', () => app.work.close());
  app.decorate('translate', await loadTranslations(options.localesDir ?? resolve('locales')));
  problemHandlers(app);
  // First of all hooks: a kiosk's unchanged-manifest check is answered before the others run.
  await app.register(manifestCheck);
  await app.register(securityHeaders);
  // Before any route, so every route gets its hooks (media opt out on the route).
  await app.register(compression);
  // Registered only for `reply.sendFile`, which the media route uses with its own root.
  await app.register(fastifyStatic, { root: options.media.dir, serve: false });

  await app.register(staffAuth, { publicUrl: app.kioskConfig.publicUrl });
  await app.register(kioskAuth, { legacyToken: options.kioskToken, kiosks: app.kiosks });
  await app.register(accessControl);
  // Before the routes, so its hooks measure every one of them.
  await app.register(metrics, { token: options.metricsToken ?? null });

  // Who may call each route is declared on it; these are open to anyone.
  await app.register(
    publicRoutes(async (scope: App) => {
      await scope.register(healthRoutes);
      await scope.register(contentRoutes);
      await scope.register(mediaRoutes);
      await scope.register(kioskConfigRoutes);
      await scope.register(takeAwayRoutes);
      await scope.register(staticRoutes, { publicDir: options.publicDir });
    }),
  );
  await app.register(staffSessionRoutes);
  await app.register(staffUserRoutes);
  await app.register(staffAuditRoutes);
  await app.register(staffContentRoutes);
  await app.register(staffMediaRoutes);
  await app.register(staffCategoryRoutes);
  await app.register(staffCategoryArchiveRoutes);
  await app.register(staffGuideRoutes);
  await app.register(staffPackRoutes);
  await app.register(bookingRoutes);
  await app.register(staffTimesRoutes);
  await app.register(staffBookingRoutes);
  await app.register(kioskFleetRoutes);
  await app.register(staffEnrolmentRoutes);
  await app.register(staffFleetRoutes);
  await app.register(staffKioskSettingsRoutes);
  return app;
}
