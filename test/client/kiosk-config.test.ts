import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG, kioskConfigFrom } from '../../src/domain/kiosk-config.js';

describe('the kiosk settings a tablet uses', () => {
  it('a setting kept by an older app version, without reminder channels, offers none', () => {
    const kept = { publicUrl: 'https://bibliotek.example', idleTimeoutSeconds: 60, countdownSeconds: 20 };
    expect(kioskConfigFrom(kept as never)).toEqual({ ...kept, reminderChannels: [] });
  });

  it('keeps only the channels this kiosk knows, so a newer server never gets a reminder offered that it cannot take', () => {
    expect(kioskConfigFrom({ reminderChannels: ['sms', 'email', 'pigeon'] as never }).reminderChannels).toEqual([
      'email',
    ]);
    expect(kioskConfigFrom({ reminderChannels: 'email' as never }).reminderChannels).toEqual([]);
  });

  it('a tablet that never had any settings has the defaults', () => {
    expect(kioskConfigFrom(undefined)).toEqual(DEFAULT_KIOSK_CONFIG);
  });
});
