/** Crockford's base32: no I, L, O or U, so a code read aloud or off a screen is not mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in an enrolment code: 50 bits, against a 15-minute lifetime and a rate limit. */
export const ENROLMENT_CODE_LENGTH = 10;

/** Minutes an enrolment code stays usable. */
export const ENROLMENT_CODE_MINUTES = 15;

/** A new code from `random` bytes (crypto.getRandomValues or node's randomBytes). */
export function newEnrolmentCode(random: (n: number) => Uint8Array): string {
  return [...random(ENROLMENT_CODE_LENGTH)].map((b) => ALPHABET[b % 32]).join('');
}

/**
 * A code as typed or scanned, in its one stored form: upper case, no hyphens or spaces, and the
 * letters people confuse with digits read as those digits (I, L → 1; O → 0). Null if it cannot be one.
 */
export function normaliseEnrolmentCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== ENROLMENT_CODE_LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** The code as shown to a person: two groups of five (`7QK2M-94XRD`). */
export function displayEnrolmentCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The address that enrols a tablet: the code travels in the fragment, which never reaches a server log. */
export function enrolmentUrl(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/#enrol=${code}`;
}
