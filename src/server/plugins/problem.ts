import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/** Stable problem types (RFC 9457 `type`), one per kind of problem. */
export const PROBLEM = {
  badRequest: '/problems/bad-request',
  notFound: '/problems/not-found',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  tooManyRequests: '/problems/too-many-requests',
  conflict: '/problems/conflict',
  idempotencyKeyMissing: '/problems/idempotency-key-missing',
  idempotencyKeyReused: '/problems/idempotency-key-reused',
  requestInFlight: '/problems/request-in-flight',
  sessionFull: '/problems/session-full',
  /** Attended or no-show set before the request's session has begun (409). */
  sessionNotStarted: '/problems/session-not-started',
  noContent: '/problems/no-content-published',
  tooSlowToCheck: '/problems/too-slow-to-check',
  unavailable: '/problems/unavailable',
  internal: '/problems/internal',
  /** Enrolment: no such code (404); a code past its 15 minutes, already used, or withdrawn (410). */
  enrolmentCodeUnknown: '/problems/enrolment-code-unknown',
  enrolmentCodeExpired: '/problems/enrolment-code-expired',
  enrolmentCodeUsed: '/problems/enrolment-code-used',
  enrolmentCodeWithdrawn: '/problems/enrolment-code-withdrawn',
  /** A kiosk whose device token an admin revoked (401): it must be enrolled again. */
  kioskRevoked: '/problems/kiosk-revoked',
  /** A route only an enrolled kiosk may call, called with the shared token of older installations (403). */
  kioskNotEnrolled: '/problems/kiosk-not-enrolled',
} as const;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** Sends an `application/problem+json` answer. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** A 400 that names the field at fault (`body/password`, say) and says what is wrong with it. */
export function sendFieldProblem(reply: FastifyReply, field: string, detail: string): FastifyReply {
  return sendProblem(reply, { type: PROBLEM.badRequest, title: 'Bad request', status: 400, field, detail });
}

/**
 * Turns every error and unknown route into problem+json. Schema failures become 400 naming the
 * field; client errors keep their status; anything else is logged and answered as 500 without
 * internals, so no stack trace ever reaches a client.
 */
export function problemHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: PROBLEM.notFound,
      title: 'Not found',
      status: 404,
      detail: `No resource at ${request.method} ${request.url.split('?')[0]}`,
    }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const first = error.validation[0];
      const field = `${error.validationContext ?? 'request'}${first?.instancePath ?? ''}`;
      return sendProblem(reply, {
        type: PROBLEM.badRequest,
        title: 'Bad request',
        status: 400,
        detail: `${field} ${first?.message ?? 'is invalid'}`,
        field,
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(reply, {
        type: PROBLEM.tooManyRequests,
        title: 'Too many requests',
        status,
        detail: error.message,
      });
    }
    if (status >= 400 && status < 500) {
      return sendProblem(reply, { type: PROBLEM.badRequest, title: 'Bad request', status, detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { type: PROBLEM.internal, title: 'Internal error', status: 500 });
  });
}
