import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../src/server/app.js';

const EVERY_MS = 10;

/**
 * Sends `request` and, until it is answered, asks /healthz every 10 ms, as a kiosk would. Each wait
 * counts from when that /healthz was due, so work that holds up the event loop shows however it
 * falls between polls. Returns the longest wait, how many polls were made, and the request's answer.
 */
export async function healthDuring(app: App, request: InjectOptions) {
  let settled = false;
  const answer = app.inject(request).finally(() => {
    settled = true;
  });
  let longestMs = 0;
  let polls = 0;
  let due = performance.now();
  while (!settled) {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    longestMs = Math.max(longestMs, performance.now() - due);
    polls += 1;
    expect(health.statusCode).toBe(200);
    // An injected /healthz completes without leaving the microtask queue; waiting for the next due
    // time lets timers and I/O (the request under test among them) run, as between real clients.
    due = performance.now() + EVERY_MS;
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  return { longestMs, polls, response: await answer };
}
