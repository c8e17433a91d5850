import type { StaffPinHash } from '../../domain/kiosk-settings.js';

/** Wrong PINs in a row before the pad waits. */
export const PIN_TRIES = 5;
/** How long the pad waits after too many wrong PINs. */
export const PIN_WAIT_MS = 60_000;

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
}

/**
 * True when `pin` is the branch's PIN: PBKDF2-SHA-256 with the stored salt and iterations, done by
 * the browser's WebCrypto, compared without stopping at the first differing byte.
 */
export async function pinMatches(pin: string, stored: StaffPinHash): Promise<boolean> {
  const expected = fromBase64Url(stored.hash);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const derived = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(stored.salt), iterations: stored.iterations },
      key,
      expected.length * 8,
    ),
  );
  let difference = derived.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (derived[i] ?? 0) ^ (expected[i] ?? 0);
  return expected.length > 0 && difference === 0;
}

/**
 * Counts wrong PINs: after PIN_TRIES in a row the pad refuses every try for PIN_WAIT_MS. Kept for
 * the life of the page, so closing and opening the pad again does not reset it.
 */
export class PinGuard {
  private wrong = 0;
  private until = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds left to wait before a PIN is taken again; 0 when one may be tried. */
  waitMs(): number {
    return Math.max(0, this.until - this.now());
  }

  /** Records the outcome of a try. */
  record(matched: boolean): void {
    if (matched) {
      this.wrong = 0;
      return;
    }
    this.wrong++;
    if (this.wrong >= PIN_TRIES) {
      this.wrong = 0;
      this.until = this.now() + PIN_WAIT_MS;
    }
  }
}

/** The guard for this page. */
export const pinGuard = new PinGuard();
