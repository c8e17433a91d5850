import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

/**
 * The translate function for components, re-rendering them when the language changes.
 * (react-i18next would do the same, at several times the bundle size.)
 */
export function useTranslation(): { t: TFunction; lang: string } {
  const [lang, setLang] = useState(i18next.language);
  useEffect(() => {
    const changed = (next: string) => setLang(next);
    i18next.on('languageChanged', changed);
    return () => i18next.off('languageChanged', changed);
  }, []);
  return { t: i18next.t, lang };
}
