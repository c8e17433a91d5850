import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** Up to 200 %, as WCAG 1.4.4 asks; the control replaces pinch zoom, which the kiosk blocks. */
export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;

interface TopBarProps {
  textScale: number;
  highContrast: boolean;
  onHome: () => void;
  onSearch: () => void;
  onLanguage: () => void;
  onAskStaff: () => void;
  onTextScale: (scale: number) => void;
  onContrast: (on: boolean) => void;
}

/** The bar on every visitor screen: start, search, language, ask staff, text size, contrast. */
export function TopBar(props: TopBarProps) {
  const { t, lang } = useTranslation();
  const language = languageFor(lang);
  const nextScale = TEXT_SCALES[(TEXT_SCALES.indexOf(props.textScale as 1) + 1) % TEXT_SCALES.length] ?? 1;
  return (
    <header class="top-bar">
      <nav class="top-bar-nav">
        <button type="button" onClick={props.onHome}>
          {t('topBar.home')}
        </button>
        <button type="button" onClick={props.onSearch}>
          {t('topBar.search')}
        </button>
        <button type="button" onClick={props.onLanguage} aria-label={`${t('topBar.language')}: ${language.nativeName}`}>
          {language.nativeName}
        </button>
        <button type="button" class="primary" onClick={props.onAskStaff}>
          {t('askStaff.button')}
        </button>
      </nav>
      <div class="top-bar-tools">
        <button
          type="button"
          aria-label={`${t('topBar.textSize')}: ${Math.round(props.textScale * 100)} %`}
          onClick={() => props.onTextScale(nextScale)}
        >
          <span aria-hidden="true">A</span>
          <span aria-hidden="true" class="text-size-big">
            A
          </span>
        </button>
        <button type="button" aria-pressed={props.highContrast} onClick={() => props.onContrast(!props.highContrast)}>
          {t('topBar.contrast')}
        </button>
      </div>
    </header>
  );
}
