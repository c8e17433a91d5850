import type { KioskSettings, KioskSettingsOverride } from '../../domain/kiosk-settings.js';

export type SettingKey = keyof KioskSettings;

/** The settings a draft gives: its own values over the inherited ones. */
export function shownSettings(draft: KioskSettingsOverride, inherited: KioskSettings): KioskSettings {
  return { ...inherited, ...draft };
}

/** The draft with one setting made its own. */
export function withSetting<K extends SettingKey>(
  draft: KioskSettingsOverride,
  key: K,
  value: KioskSettings[K],
): KioskSettingsOverride {
  return { ...draft, [key]: value };
}

/** The draft with one setting back to the inherited value (left out, so the level below decides). */
export function withoutSetting(draft: KioskSettingsOverride, key: SettingKey): KioskSettingsOverride {
  const { [key]: _dropped, ...rest } = draft;
  return rest;
}

/** The list with `item` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(list: readonly T[], item: T, delta: -1 | 1): T[] {
  const from = list.indexOf(item);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * The languages offered after one is switched on (added at the end) or off. The last one cannot
 * be switched off: a kiosk offers at least one language.
 */
export function toggleLanguage(languages: readonly string[], code: string, on: boolean): string[] {
  if (on) return languages.includes(code) ? [...languages] : [...languages, code];
  const next = languages.filter((l) => l !== code);
  return next.length > 0 ? next : [...languages];
}

/**
 * The categories shown after one is switched on or off, from `all` (every category's id, in
 * content order); null means every category, and choosing them all one by one comes back to null
 * so that categories added later are shown too.
 */
export function toggleCategory(
  categories: readonly string[] | null,
  all: readonly string[],
  id: string,
  on: boolean,
): string[] | null {
  const current = new Set(categories ?? all);
  if (on) current.add(id);
  else current.delete(id);
  const next = all.filter((c) => current.has(c));
  return next.length === all.length ? null : next;
}
