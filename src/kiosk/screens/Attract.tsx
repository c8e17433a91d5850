import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../domain/languages.js';
import { attractStrings, chooseLanguageInEach } from '../first-screen/strings.js';

const TURN_MS = 2500;

/**
 * The screen an idle kiosk shows: a welcome in each language offered, in turn, and the whole
 * screen one big button. `footer`: the quiet line for staff at the foot (pending requests).
 * `languages`: those this kiosk offers, in its order. It needs no i18next, so the tiny first-screen
 * entry shows it too.
 */
export function Attract({
  languages,
  onStart,
  footer,
}: {
  languages: readonly Language[];
  onStart: () => void;
  footer: ComponentChildren;
}) {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), TURN_MS);
    return () => clearInterval(timer);
  }, []);
  const language = languages[turn % languages.length] ?? languages[0];
  const t = attractStrings(language?.code ?? 'sv');

  return (
    <main class="attract">
      <button type="button" class="attract-button" onClick={onStart} lang={language?.htmlLang} dir={language?.dir}>
        <span class="attract-name" lang="sv">
          {t.name}
        </span>
        {/* Keyed by language: each turn puts new lines in place of the old ones, rather than new
            words into the old lines, whose centred text would count as moving (layout shift). */}
        <span key={`welcome-${language?.code}`} class="attract-welcome">
          {t.welcome}
        </span>
        <span key={`start-${language?.code}`} class="attract-start">
          {t.start}
        </span>
        {/* The next screen, named in every language at once: nobody waits for their own. */}
        <span class="attract-choose" aria-hidden="true">
          {chooseLanguageInEach(undefined, languages).map(({ language: l, text }) => (
            <span key={l.code} lang={l.htmlLang} dir={l.dir}>
              {text}
            </span>
          ))}
        </span>
      </button>
      {footer}
    </main>
  );
}
