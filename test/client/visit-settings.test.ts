import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG, type KioskConfig } from '../../src/domain/kiosk-config.js';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from '../../src/domain/kiosk-settings.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import { shownCategories, visitSettings } from '../../src/kiosk/visit-settings.js';

const config: KioskConfig = { ...DEFAULT_KIOSK_CONFIG, idleTimeoutSeconds: 90, reminderChannels: ['email'] };
const settings = (change: Partial<KioskSettings>): KioskSettings => ({ ...DEFAULT_KIOSK_SETTINGS, ...change });
const codes = (languages: readonly { code: string }[]) => languages.map((l) => l.code);

describe('visitSettings', () => {
  it('leaves a tablet that is not enrolled exactly as the server config has it', () => {
    const visit = visitSettings(config, null);
    expect(visit).toEqual({ ...config, defaultLanguage: 'sv', languages: LANGUAGES, categories: null });
  });

  it('takes the idle timeout, the start language and the categories from the applied settings', () => {
    const visit = visitSettings(
      config,
      settings({ idleTimeoutSeconds: 45, defaultLanguage: 'en', languages: ['en', 'sv'], categories: ['bank'] }),
    );
    expect(visit.idleTimeoutSeconds).toBe(45);
    expect(visit.defaultLanguage).toBe('en');
    expect(visit.categories).toEqual(['bank']);
    expect(visit.countdownSeconds).toBe(config.countdownSeconds);
  });

  it('offers the languages in the order the settings give, dropping codes this app does not ship', () => {
    const visit = visitSettings(config, settings({ languages: ['ar', 'xx', 'sv', 'uk'], defaultLanguage: 'ar' }));
    expect(codes(visit.languages)).toEqual(['ar', 'sv', 'uk']);
  });

  it('starts in the first language offered when the default is not offered, and offers all when none is known', () => {
    expect(visitSettings(config, settings({ languages: ['uk', 'en'], defaultLanguage: 'sv' })).defaultLanguage).toBe(
      'uk',
    );
    const none = visitSettings(config, settings({ languages: ['xx'], defaultLanguage: 'xx' }));
    expect(codes(none.languages)).toEqual(codes(LANGUAGES));
    expect(none.defaultLanguage).toBe('sv');
  });

  it('offers a reminder channel only when both the settings and the server have it', () => {
    expect(visitSettings(config, settings({ reminderChannels: [] })).reminderChannels).toEqual([]);
    expect(visitSettings(config, settings({ reminderChannels: ['email'] })).reminderChannels).toEqual(['email']);
    const serverWithout = { ...config, reminderChannels: [] };
    expect(visitSettings(serverWithout, settings({ reminderChannels: ['email'] })).reminderChannels).toEqual([]);
  });
});

describe('shownCategories', () => {
  const categories = [{ id: 'bank' }, { id: 'health' }, { id: 'travel' }];

  it('shows every category when the setting is null', () => {
    expect(shownCategories(categories, null)).toEqual(categories);
  });

  it('shows only those listed, in content order, and ignores ids the content does not have', () => {
    expect(shownCategories(categories, ['travel', 'gone', 'bank'])).toEqual([{ id: 'bank' }, { id: 'travel' }]);
  });
});
