import type { FastifyReply } from 'fastify';
import { ContentError } from '../content/editorial-content.js';
import { ContentTooSlow } from '../content/editorial-texts.js';
import { GuideSyntaxError } from '../content/markdown-guide.js';
import { MediaRefusal } from '../content/media-check.js';
import { PackRefusal, WorkBusy, WorkTooSlow } from '../content/work-pool.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** Answers the pool being full with 503 and when to try again. */
function busyProblem(reply: FastifyReply, error: WorkBusy) {
  reply.header('retry-after', String(error.retryAfterSeconds));
  return sendProblem(reply, { type: PROBLEM.unavailable, title: 'Busy', status: 503, detail: error.message });
}

/** Answers work stopped past its budget with 422, `where` naming the item (a file, a guide text). */
function tooSlowProblem(reply: FastifyReply, title: string, where: string, error: WorkTooSlow, field?: string) {
  return sendProblem(reply, {
    type: PROBLEM.tooSlowToCheck,
    title,
    status: 422,
    ...(field ? { field } : {}),
    detail: `${where}: ${error.message}`,
  });
}

/**
 * Answers a problem with one guide text, `where` naming it (`guides/<id>/<lang>.md`, or "The text"
 * for a preview): refused by the parser → 400 naming the line; over the time budget → 422; the
 * pool full → 503. Rethrows anything else.
 */
export function guideTextProblem(reply: FastifyReply, title: string, where: string, error: unknown) {
  if (error instanceof GuideSyntaxError) {
    return sendProblem(reply, {
      type: PROBLEM.badRequest,
      title,
      status: 400,
      field: 'body/markdown',
      detail: error.message,
    });
  }
  if (error instanceof WorkTooSlow) return tooSlowProblem(reply, title, where, error, 'body/markdown');
  if (error instanceof WorkBusy) return busyProblem(reply, error);
  throw error;
}

/**
 * Answers an uploaded file that cannot be stored: refused by its checks → its status (400, 413,
 * 415) and reason; an SVG over its sanitising budget → 422 naming the file; the pool full → 503.
 * Rethrows anything else.
 */
export function uploadProblem(reply: FastifyReply, name: string, error: unknown) {
  if (error instanceof MediaRefusal) {
    return sendProblem(reply, {
      type: PROBLEM.badRequest,
      title: 'File refused',
      status: error.status,
      field: 'file',
      detail: error.message,
    });
  }
  if (error instanceof WorkTooSlow) return tooSlowProblem(reply, 'File refused', `"${name}"`, error, 'file');
  if (error instanceof WorkBusy) return busyProblem(reply, error);
  throw error;
}

/**
 * Answers content that cannot be published or imported: texts over the time budget → 422 listing
 * each guide and language (`texts`); a pack's file or text over its budget, or the whole pack over
 * the pack's → 422 naming it; any other problem (a guide, language or file named) → 400; the pool
 * full → 503. Rethrows anything else.
 */
export function contentProblem(reply: FastifyReply, title: string, error: unknown) {
  if (error instanceof ContentTooSlow) {
    return sendProblem(reply, {
      type: PROBLEM.tooSlowToCheck,
      title,
      status: 422,
      detail: error.message,
      texts: error.texts,
    });
  }
  if (error instanceof WorkTooSlow) {
    const where = error.kind === 'pack' ? `The pack (stopped at ${error.item})` : error.item;
    return tooSlowProblem(reply, title, where, error);
  }
  if (error instanceof ContentError || error instanceof PackRefusal) {
    return sendProblem(reply, { type: PROBLEM.badRequest, title, status: 400, detail: error.message });
  }
  if (error instanceof WorkBusy) return busyProblem(reply, error);
  throw error;
}
