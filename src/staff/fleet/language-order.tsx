import { useEffect, useRef } from 'preact/hooks';
import { LANGUAGES, languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LanguageName } from '../times/labels.js';
import { moveItem, toggleLanguage } from './settings-draft.js';

interface LanguageOrderProps {
  idPrefix: string;
  languages: string[];
  onChange: (languages: string[]) => void;
}

/**
 * The languages offered, in the order the kiosk's chooser shows them: a checkbox to offer each and
 * buttons to move an offered one up or down. After a move the focus stays on the moved language's
 * button, so a keyboard user can press it again.
 */
export function LanguageOrder({ idPrefix, languages, onChange }: LanguageOrderProps) {
  const { t } = useTranslation();
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    const button = document.getElementById(refocus.current) as HTMLButtonElement | null;
    // At the top or bottom the button just pressed is disabled: its pair takes the focus.
    const target = button?.disabled
      ? (document.getElementById(
          refocus.current.replace(/-(up|down)$/, (_, d) => (d === 'up' ? '-down' : '-up')),
        ) as HTMLButtonElement | null)
      : button;
    target?.focus();
    refocus.current = null;
  }, [languages]);

  const offered = languages.filter((code) => LANGUAGES.some((l) => l.code === code));
  const others = LANGUAGES.map((l) => l.code).filter((code) => !offered.includes(code));
  const move = (code: string, delta: -1 | 1) => {
    refocus.current = `${idPrefix}-lang-${code}-${delta < 0 ? 'up' : 'down'}`;
    onChange(moveItem(offered, code, delta));
  };
  return (
    <ol class="language-order">
      {[...offered, ...others].map((code) => {
        const on = offered.includes(code);
        const index = offered.indexOf(code);
        const boxId = `${idPrefix}-lang-${code}`;
        return (
          <li key={code} class={on ? undefined : 'not-offered'}>
            <input
              id={boxId}
              type="checkbox"
              checked={on}
              disabled={on && offered.length === 1}
              onChange={(e) => onChange(toggleLanguage(offered, code, e.currentTarget.checked))}
            />
            <label for={boxId}>
              <LanguageName code={code} />
            </label>
            {on && (
              <span class="order-buttons">
                <button
                  type="button"
                  id={`${boxId}-up`}
                  disabled={index === 0}
                  aria-label={t('kioskSettings.moveUp', { name: languageFor(code).nativeName })}
                  onClick={() => move(code, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`${boxId}-down`}
                  disabled={index === offered.length - 1}
                  aria-label={t('kioskSettings.moveDown', { name: languageFor(code).nativeName })}
                  onClick={() => move(code, 1)}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
