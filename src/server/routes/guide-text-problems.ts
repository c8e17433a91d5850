import type { FastifyReply } from 'fastify';
import { ContentError } from '../content/editorial-content.js';
import { ContentTooSlow } from '../content/editorial-texts.js';
import { GuideTextBusy, GuideTextTooSlow } from '../content/guide-text-pool.js';
import { GuideSyntaxError } from '../content/markdown-guide.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** Answers the pool being full with 503 and when to try again. */
function busyProblem(reply: FastifyReply, error: GuideTextBusy) {
  reply.header('retry-after', String(error.retryAfterSeconds));
  return sendProblem(reply, { type: PROBLEM.unavailable, title: 'Busy', status: 503, detail: error.message });
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
  if (error instanceof GuideTextTooSlow) {
    return sendProblem(reply, {
      type: PROBLEM.tooSlowToCheck,
      title,
      status: 422,
      field: 'body/markdown',
      detail: `${where}: ${error.message}`,
    });
  }
  if (error instanceof GuideTextBusy) return busyProblem(reply, error);
  throw error;
}

/**
 * Answers content that cannot be published or imported: texts over the time budget → 422 listing
 * each guide and language (`texts`); any other problem (a guide, language or file named) → 400;
 * the pool full → 503. Rethrows anything else.
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
  if (error instanceof ContentError) {
    return sendProblem(reply, { type: PROBLEM.badRequest, title, status: 400, detail: error.message });
  }
  if (error instanceof GuideTextBusy) return busyProblem(reply, error);
  throw error;
}
