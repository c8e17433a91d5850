import { Contrast, HandHelping, House, Languages, Search } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import './top-bar.css';

/** Up to 200 %, as WCAG 1.4.4 asks; the control replaces pinch zoom, which the kiosk blocks. */
export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;

/** From this text size on, the bar shows its signs and hides their words, so it stays one short row. */
const COMPACT_FROM = 1.5;

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

/** A sign and its word; the word stays the button's name when the bar is compact. */
function Labelled(props: {
  sign: ComponentChildren;
  children: ComponentChildren;
  /** The sign alone says it, so a portrait tablet drops the word. */
  signEnough?: boolean;
  /** The bar is compact: the word is kept for screen readers only (the shared visually-hidden rule). */
  wordless: boolean;
}) {
  const classes = ['top-bar-label', props.signEnough ? 'sign-enough' : '', props.wordless ? 'visually-hidden' : ''];
  return (
    <>
      {props.sign}
      <span class={classes.filter(Boolean).join(' ')}>{props.children}</span>
    </>
  );
}

/**
 * The bar on every visitor screen: start, search, language, ask staff, text size, contrast. It
 * grows less than the text (the step is what the visitor came to read) and at the largest sizes
 * keeps only its signs, so it never takes the screen from the step.
 */
export function TopBar(props: TopBarProps) {
  const { t, lang } = useTranslation();
  const language = languageFor(lang);
  const nextScale = TEXT_SCALES[(TEXT_SCALES.indexOf(props.textScale as 1) + 1) % TEXT_SCALES.length] ?? 1;
  const compact = props.textScale >= COMPACT_FROM;
  return (
    // Compact: the words stay for screen readers (the shared visually-hidden rule), the signs carry the meaning.
    <header class={compact ? 'top-bar compact' : 'top-bar'}>
      <nav class="top-bar-nav">
        <button type="button" onClick={props.onHome}>
          <Labelled signEnough wordless={compact} sign={<House aria-hidden="true" />}>
            {t('topBar.home')}
          </Labelled>
        </button>
        <button type="button" onClick={props.onSearch}>
          <Labelled signEnough wordless={compact} sign={<Search aria-hidden="true" />}>
            {t('topBar.search')}
          </Labelled>
        </button>
        <button type="button" onClick={props.onLanguage} aria-label={`${t('topBar.language')}: ${language.nativeName}`}>
          <Languages aria-hidden="true" />
          {language.nativeName}
        </button>
        <button type="button" class="primary" onClick={props.onAskStaff}>
          <Labelled wordless={compact} sign={<HandHelping aria-hidden="true" />}>
            {t('askStaff.button')}
          </Labelled>
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
          <Labelled signEnough wordless={compact} sign={<Contrast aria-hidden="true" />}>
            {t('topBar.contrast')}
          </Labelled>
        </button>
      </div>
    </header>
  );
}
