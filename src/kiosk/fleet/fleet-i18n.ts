import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

type Bundle = Record<string, unknown>;

/**
 * The fleet screens' strings (`locales/<lang>/fleet.json`), each language its own small chunk,
 * loaded with these screens and never with the first one (Swedish `kiosk` strings are in the
 * first screen's bundle, so these are not kept there). Precached like every chunk.
 */
const bundles = import.meta.glob<Bundle>('../../../locales/*/fleet.json', { import: 'default' });

async function load(code: string): Promise<void> {
  const bundle = bundles[`../../../locales/${code}/fleet.json`];
  if (bundle && !i18next.hasResourceBundle(code, 'fleet')) i18next.addResourceBundle(code, 'fleet', await bundle());
}

/** The fleet strings in the current language (Swedish behind them); null until they are loaded. */
export function useFleetT(): TFunction | null {
  const { lang } = useTranslation();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([load(SOURCE_LANGUAGE), load(lang)]).then(
      () => current && setLoaded(lang),
      () => current && setLoaded(lang), // a missing chunk: the keys show, never a blank screen
    );
    return () => {
      current = false;
    };
  }, [lang]);
  return loaded === lang ? i18next.getFixedT(lang, 'fleet') : null;
}
