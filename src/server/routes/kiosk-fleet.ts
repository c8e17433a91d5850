import rateLimit from '@fastify/rate-limit';
import type { SettingsAnswer } from '../../domain/kiosk-settings.js';
import type { KioskIdentity } from '../../domain/schemas/fleet.js';
import { EnrolBodySchema, HeartbeatSchema } from '../../domain/schemas/fleet.js';
import type { App } from '../app.js';
import { serverDefaults, settingsAnswer } from '../fleet-settings.js';
import { KIOSK_ONLY } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import type { EnrolRefusal } from '../repositories/enrolment-repository.js';

const REFUSALS: Record<EnrolRefusal, { type: string; title: string; status: number }> = {
  unknown: { type: PROBLEM.enrolmentCodeUnknown, title: 'No such enrolment code', status: 404 },
  expired: { type: PROBLEM.enrolmentCodeExpired, title: 'This enrolment code has expired', status: 410 },
  used: { type: PROBLEM.enrolmentCodeUsed, title: 'This enrolment code has been used', status: 410 },
  withdrawn: { type: PROBLEM.enrolmentCodeWithdrawn, title: 'This enrolment code was withdrawn', status: 410 },
};

/** The kiosk's side of the fleet: enrolling with a one-time code, its settings, and its heartbeat. */
export async function kioskFleetRoutes(app: App): Promise<void> {
  await app.register(rateLimit, { global: false });

  /** A kiosk's settings answer, or the server's defaults for the shared token (version 0: nothing set). */
  const settingsOf = async (kioskId: string | null): Promise<SettingsAnswer> => {
    const source = kioskId ? await app.kiosks.settingsSource(kioskId) : undefined;
    if (!source) return { version: 0, settings: serverDefaults(app.kioskConfig), staffPin: null };
    return settingsAnswer(app.kioskConfig, source);
  };

  app.post(
    '/api/kiosk/enrol',
    {
      schema: { body: EnrolBodySchema },
      // Codes are 50 bits and live 15 minutes; a limit per address makes guessing one hopeless.
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: 1024,
    },
    async (request, reply) => {
      const result = await app.enrolments.enrol(request.body.code, new Date());
      if ('refused' in result) return sendProblem(reply, REFUSALS[result.refused]);
      request.log.info({ kiosk: result.kiosk.id, branch: result.kiosk.branchId }, 'kiosk enrolled');
      return reply.code(201).send({ ...result, settings: await settingsOf(result.kiosk.id) });
    },
  );

  app.get('/api/kiosk/settings', { config: KIOSK_ONLY }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return settingsOf(request.kiosk?.id ?? null);
  });

  app.post(
    '/api/kiosk/heartbeat',
    { config: KIOSK_ONLY, schema: { body: HeartbeatSchema }, bodyLimit: 4096 },
    async (request, reply) => {
      const kiosk = request.kiosk;
      if (!kiosk) {
        return sendProblem(reply, {
          type: PROBLEM.kioskNotEnrolled,
          title: 'Enrol this kiosk first',
          status: 403,
          detail: 'Heartbeats need a kiosk enrolled with its own code, not the shared token',
        });
      }
      await app.kiosks.beat(kiosk, request.body, new Date());
      const identity: KioskIdentity = {
        id: kiosk.id,
        name: kiosk.name,
        branchId: kiosk.branchId,
        branchName: kiosk.branchName,
      };
      // The settings travel only when the kiosk does not have their version yet.
      if (request.body.settingsVersion === kiosk.settingsVersion) {
        return { kiosk: identity, settingsVersion: kiosk.settingsVersion };
      }
      const settings = await settingsOf(kiosk.id);
      return { kiosk: identity, settingsVersion: settings.version, settings };
    },
  );
}
