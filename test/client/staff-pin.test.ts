import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StaffPinHash } from '../../src/domain/kiosk-settings.js';
import { PIN_TRIES, PIN_WAIT_MS, PinGuard, pinMatches } from '../../src/kiosk/fleet/staff-pin.js';

/** The PIN hashed the way the server stores it, with node's own PBKDF2 (not the code under test). */
function hashed(pin: string, iterations = 1000): StaffPinHash {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return { salt: salt.toString('base64url'), hash: hash.toString('base64url'), iterations };
}

describe('pinMatches', () => {
  it('takes the right PIN and refuses others', async () => {
    const stored = hashed('482913');
    expect(await pinMatches('482913', stored)).toBe(true);
    expect(await pinMatches('482914', stored)).toBe(false);
    expect(await pinMatches('48291', stored)).toBe(false);
    expect(await pinMatches('', stored)).toBe(false);
  });

  it('refuses a hash that is empty rather than matching everything', async () => {
    expect(await pinMatches('1234', { ...hashed('1234'), hash: '' })).toBe(false);
  });
});

describe('PinGuard', () => {
  it('waits a minute after five wrong PINs in a row, then takes PINs again', () => {
    let now = 1_000_000;
    const guard = new PinGuard(() => now);
    for (let i = 0; i < PIN_TRIES - 1; i++) guard.record(false);
    expect(guard.waitMs()).toBe(0);
    guard.record(false);
    expect(guard.waitMs()).toBe(PIN_WAIT_MS);
    now += PIN_WAIT_MS - 1;
    expect(guard.waitMs()).toBe(1);
    now += 1;
    expect(guard.waitMs()).toBe(0);
  });

  it('starts counting again after a right PIN', () => {
    const guard = new PinGuard(() => 0);
    for (let i = 0; i < PIN_TRIES - 1; i++) guard.record(false);
    guard.record(true);
    guard.record(false);
    expect(guard.waitMs()).toBe(0);
  });
});
