import { markRevoked } from './device.js';

/** The problem type the server answers a revoked device token with (the server's `PROBLEM.kioskRevoked`). */
export const KIOSK_REVOKED = '/problems/kiosk-revoked';

/**
 * Marks the tablet revoked when `response` is the server refusing its token as revoked, and says
 * so. Reads a clone, so the caller may still read the body.
 */
export async function noteRevoked(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const problem = (await response
    .clone()
    .json()
    .catch(() => null)) as { type?: unknown } | null;
  if (problem?.type !== KIOSK_REVOKED) return false;
  await markRevoked();
  return true;
}
