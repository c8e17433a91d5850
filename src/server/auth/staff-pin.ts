import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { StaffPinHash } from '../../domain/kiosk-settings.js';

const derive = promisify(pbkdf2);

/** PBKDF2-SHA-256 iterations: the tablet repeats them with WebCrypto, so they stay within what a tablet does in a moment. */
export const STAFF_PIN_ITERATIONS = 100_000;

/**
 * A branch's staff PIN as kiosks receive it. PBKDF2 rather than scrypt (the staff passwords' hash)
 * because the tablet checks the PIN offline with WebCrypto, which has PBKDF2 and not scrypt.
 */
export async function hashStaffPin(pin: string): Promise<StaffPinHash> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, STAFF_PIN_ITERATIONS, 32, 'sha256');
  return { salt: salt.toString('base64url'), hash: hash.toString('base64url'), iterations: STAFF_PIN_ITERATIONS };
}
