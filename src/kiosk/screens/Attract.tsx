import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../domain/languages.js';
import { PendingRequests } from '../request/PendingRequests.js';
import { chooseLanguageInEach } from './LanguageChooser.js';

const TURN_MS = 2500;

/**
 * The screen an idle kiosk shows: a welcome in each language offered, in turn, and the whole
 * screen one big button. A quiet line at the foot says when help requests wait to be sent.
 * `languages`: those this kiosk offers, in its order.
 */
export function Attract({ languages, onStart }: { languages: readonly Language[]; onStart: () => void }) {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), TURN_MS);
    return () => clearInterval(timer);
  }, []);
  const language = languages[turn % languages.length] ?? languages[0];
  const t = i18next.getFixedT(language?.code ?? 'sv', 'common');

  return (
    <main class="attract">
      <button type="button" class="attract-button" onClick={onStart} lang={language?.htmlLang} dir={language?.dir}>
        <span class="attract-name" lang="sv">
          {t('app.name')}
        </span>
        <span class="attract-welcome">{t('attract.welcome')}</span>
        <span class="attract-start">{t('attract.start')}</span>
        {/* The next screen, named in every language at once: nobody waits for their own. */}
        <span class="attract-choose" aria-hidden="true">
          {chooseLanguageInEach(undefined, languages).map(({ language: l, text }) => (
            <span key={l.code} lang={l.htmlLang} dir={l.dir}>
              {text}
            </span>
          ))}
        </span>
      </button>
      <PendingRequests />
    </main>
  );
}
