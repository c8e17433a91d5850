import { sql } from 'kysely';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export async function healthRoutes(app: App): Promise<void> {
  app.get('/healthz', async (request, reply) => {
    try {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return sendProblem(reply, { type: PROBLEM.unavailable, title: 'Database unavailable', status: 503 });
    }
  });
}
