import { languageFor } from '../domain/languages.js';

/** Sets `<html lang dir>` for a language (the first screen does it before i18next is loaded). */
export function applyDocumentLanguage(code: string): void {
  const language = languageFor(code);
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
