import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../src/domain/kiosk-settings.js';
import { alertEmailsOf } from '../../src/staff/fleet/alert-emails-form.js';
import { fleetQueryString } from '../../src/staff/fleet/fleet-api.js';
import { formatAgo, formatCountdown, secondsLeft, storageShare } from '../../src/staff/fleet/format.js';
import {
  moveItem,
  shownSettings,
  toggleCategory,
  toggleLanguage,
  withoutSetting,
  withSetting,
} from '../../src/staff/fleet/settings-draft.js';
import { hrefOf, parseHash, type Route } from '../../src/staff/routes.js';

describe("the fleet's addresses", () => {
  const routes: Route[] = [
    { screen: 'fleet' },
    { screen: 'kiosk', kioskId: 'k-0123456789abcdef' },
    { screen: 'enrol' },
    { screen: 'kioskDefaults' },
  ];
  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(parseHash(hrefOf(route))).toEqual(route);
  });

  it('puts a kiosk under the fleet, and the fleet words never read as a kiosk', () => {
    expect(hrefOf({ screen: 'kiosk', kioskId: 'k-0123456789abcdef' })).toBe('#/fleet/k-0123456789abcdef');
    expect(parseHash('#/fleet/enrol')).toEqual({ screen: 'enrol' });
    expect(parseHash('#/fleet/defaults')).toEqual({ screen: 'kioskDefaults' });
  });
});

describe('the fleet query', () => {
  it('leaves out what is not set', () => {
    expect(fleetQueryString({})).toBe('');
    expect(fleetQueryString({ branch: undefined, q: '', state: 'offline', limit: '50', offset: '0' })).toBe(
      '?state=offline&limit=50&offset=0',
    );
  });

  it('escapes a searched name', () => {
    expect(fleetQueryString({ q: 'Entré & 2' })).toBe('?q=Entr%C3%A9+%26+2');
  });
});

describe('the countdown to a code’s expiry', () => {
  const expiresAt = '2026-12-07T10:15:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();

  it('counts whole seconds down to zero and never below', () => {
    expect(secondsLeft(expiresAt, at('2026-12-07T10:00:00.000Z'))).toBe(900);
    expect(secondsLeft(expiresAt, at('2026-12-07T10:14:59.500Z'))).toBe(1);
    expect(secondsLeft(expiresAt, at('2026-12-07T10:15:00.000Z'))).toBe(0);
    expect(secondsLeft(expiresAt, at('2026-12-07T11:00:00.000Z'))).toBe(0);
  });

  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(900)).toBe('15:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('how long ago a kiosk was heard', () => {
  const now = new Date('2026-12-07T10:00:00Z').getTime();
  it('says minutes, hours and days in the console’s language', () => {
    expect(formatAgo('2026-12-07T09:55:00Z', now, 'en-GB')).toBe('5 minutes ago');
    expect(formatAgo('2026-12-07T07:00:00Z', now, 'en-GB')).toBe('3 hours ago');
    expect(formatAgo('2026-12-05T10:00:00Z', now, 'sv-SE')).toBe('i förrgår');
    expect(formatAgo('2026-12-07T09:59:40Z', now, 'en-GB')).toBe('now');
  });
});

describe('storage share', () => {
  it('is unknown without a quota, and the used part of it otherwise', () => {
    expect(storageShare({ storageUsed: null, storageQuota: 100 })).toBeNull();
    expect(storageShare({ storageUsed: 10, storageQuota: 0 })).toBeNull();
    expect(storageShare({ storageUsed: 85, storageQuota: 100 })).toBe(0.85);
  });
});

describe('the settings draft', () => {
  it('shows its own values over the inherited ones, and goes back to inherited', () => {
    const own = withSetting({}, 'idleTimeoutSeconds', 120);
    expect(shownSettings(own, DEFAULT_KIOSK_SETTINGS).idleTimeoutSeconds).toBe(120);
    const back = withoutSetting(own, 'idleTimeoutSeconds');
    expect('idleTimeoutSeconds' in back).toBe(false);
    expect(shownSettings(back, DEFAULT_KIOSK_SETTINGS).idleTimeoutSeconds).toBe(
      DEFAULT_KIOSK_SETTINGS.idleTimeoutSeconds,
    );
  });

  it('moves a language one place and keeps every language exactly once', () => {
    expect(moveItem(['sv', 'en', 'ar'], 'ar', -1)).toEqual(['sv', 'ar', 'en']);
    expect(moveItem(['sv', 'en', 'ar'], 'sv', -1)).toEqual(['sv', 'en', 'ar']);
    expect(moveItem(['sv', 'en', 'ar'], 'ar', 1)).toEqual(['sv', 'en', 'ar']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1 }), fc.nat(), fc.boolean(), (list, i, up) => {
        const item = list[i % list.length] as string;
        const moved = moveItem(list, item, up ? -1 : 1);
        expect([...moved].sort()).toEqual([...list].sort());
        expect(Math.abs(moved.indexOf(item) - list.indexOf(item))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('adds a language at the end and never takes the last one away', () => {
    expect(toggleLanguage(['sv'], 'en', true)).toEqual(['sv', 'en']);
    expect(toggleLanguage(['sv', 'en'], 'sv', false)).toEqual(['en']);
    expect(toggleLanguage(['sv'], 'sv', false)).toEqual(['sv']);
  });

  it('comes back to "every category" when each is chosen, so new categories show too', () => {
    const all = ['a', 'b', 'c'];
    expect(toggleCategory(null, all, 'b', false)).toEqual(['a', 'c']);
    expect(toggleCategory(['a', 'c'], all, 'b', true)).toBeNull();
    expect(toggleCategory(['c'], all, 'a', true)).toEqual(['a', 'c']);
  });
});

describe('alert addresses as typed', () => {
  it('takes one a line, commas or spaces, once each', () => {
    expect(alertEmailsOf('a@x.se\nb@x.se, a@x.se ;c@x.se\n\n')).toEqual(['a@x.se', 'b@x.se', 'c@x.se']);
    expect(alertEmailsOf('  ')).toEqual([]);
  });
});
