import { saveEnrolment } from '../../client/device.js';
import { normaliseEnrolmentCode } from '../../domain/enrolment-code.js';
import type { EnrolAnswer, KioskIdentity } from '../../domain/schemas/fleet.js';

const ENROL_FRAGMENT = /^#enrol=([^&]*)$/;

/** Why the server would not enrol with a code (its problem types, `PROBLEM.enrolmentCode*`). */
export type EnrolRefusal = 'unknown' | 'expired' | 'used' | 'withdrawn';

/** What came of one try at enrolling. */
export type EnrolOutcome =
  | { kind: 'enrolled'; kiosk: KioskIdentity }
  | { kind: 'refused'; reason: EnrolRefusal }
  /** No answer (no network, or the server is down): try again when the network is back. */
  | { kind: 'offline' }
  /** Refused for now (too many tries, a server error): try again a little later. */
  | { kind: 'later' };

const REFUSALS: Record<string, EnrolRefusal> = {
  '/problems/enrolment-code-unknown': 'unknown',
  '/problems/enrolment-code-expired': 'expired',
  '/problems/enrolment-code-used': 'used',
  '/problems/enrolment-code-withdrawn': 'withdrawn',
};

/**
 * The code in a set-up address (`…/#enrol=<code>`), or null when the address is not one. The code
 * is taken out of the address bar at once: it must not stay in the tab's history or be read off
 * the screen later. A code that cannot be one is returned as it is, for the server to refuse.
 */
export function takeEnrolmentCode(location: Location, history: History): string | null {
  const match = ENROL_FRAGMENT.exec(location.hash);
  if (!match) return null;
  history.replaceState(null, '', location.pathname + location.search);
  const raw = decodeURIComponent(match[1] ?? '');
  return normaliseEnrolmentCode(raw) ?? raw;
}

/**
 * Posts the code to the server once; on success keeps the token, the kiosk's identity and its
 * settings on the tablet (`saveEnrolment`, which also clears a revoked mark).
 */
export async function enrolWith(
  code: string,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<EnrolOutcome> {
  if (normaliseEnrolmentCode(code) === null) return { kind: 'refused', reason: 'unknown' };
  let response: Response;
  try {
    response = await fetcher('/api/kiosk/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.status === 201 || response.status === 200) {
    const answer = (await response.json()) as EnrolAnswer;
    await saveEnrolment(answer.token, answer.kiosk, answer.settings);
    return { kind: 'enrolled', kiosk: answer.kiosk };
  }
  const problem = (await response.json().catch(() => ({}))) as { type?: string };
  const reason = problem.type ? REFUSALS[problem.type] : undefined;
  if (reason) return { kind: 'refused', reason };
  // A 400 is a code the server cannot read: for the person at the tablet, an unknown code.
  if (response.status === 400 || response.status === 404) return { kind: 'refused', reason: 'unknown' };
  return { kind: 'later' };
}
