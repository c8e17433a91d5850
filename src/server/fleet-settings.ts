import type { KioskConfig } from '../domain/kiosk-config.js';
import {
  DEFAULT_KIOSK_SETTINGS,
  effectiveSettings,
  type KioskSettings,
  type SettingsAnswer,
} from '../domain/kiosk-settings.js';
import type { SettingsSource } from './repositories/kiosk-repository.js';

/** The settings of a kiosk nobody set anything for, on this server: its idle timeout and reminder channels. */
export function serverDefaults(config: KioskConfig): KioskSettings {
  return effectiveSettings(
    { ...DEFAULT_KIOSK_SETTINGS, idleTimeoutSeconds: config.idleTimeoutSeconds },
    {},
    {},
    config.reminderChannels,
  );
}

/** What a kiosk follows: the server's defaults under its branch's under its own, with the branch's PIN. */
export function settingsAnswer(config: KioskConfig, source: SettingsSource): SettingsAnswer {
  return {
    version: source.version,
    settings: effectiveSettings(
      { ...DEFAULT_KIOSK_SETTINGS, idleTimeoutSeconds: config.idleTimeoutSeconds },
      source.branch,
      source.kiosk,
      config.reminderChannels,
    ),
    staffPin: source.staffPin,
  };
}
