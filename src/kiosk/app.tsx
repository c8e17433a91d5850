import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { applyWaitingUpdate } from '../client/sw-bridge.js';
import { changeLanguage } from '../i18n/i18n.js';
import { useTranslation } from '../i18n/use-translation.js';
import { OfflineIndicator } from './offline-indicator.js';
import { Guide } from './screens/Guide.js';
import { Home } from './screens/Home.js';
import { NoContent } from './screens/NoContent.js';
import { useContent } from './use-content.js';

type Screen = { name: 'home' } | { name: 'guide'; slug: string; step: number };

/** The visitor's app. Screens live in memory, not in history, so nothing of a visit can be navigated back to. */
export function App() {
  const { lang } = useTranslation();
  const { view, status, resetPoint, retryNow } = useContent(lang);
  const [screen, setScreen] = useState<Screen>({ name: 'home' });

  const goHome = () => {
    setScreen({ name: 'home' });
    // Home is the reset point: pending content and app updates are applied here and nowhere else.
    void resetPoint().then(applyWaitingUpdate);
  };

  let body: JSX.Element;
  if (view === undefined) body = <main aria-busy="true" />;
  else if (view === null) body = <NoContent status={status} onRetry={retryNow} />;
  else if (screen.name === 'guide') {
    body = (
      <Guide
        manifest={view.manifest}
        slug={screen.slug}
        step={screen.step}
        onStep={(step) => setScreen({ ...screen, step })}
        onHome={goHome}
      />
    );
  } else {
    body = (
      <Home
        categories={view.categories}
        guides={view.guides}
        onOpenGuide={(slug) => setScreen({ name: 'guide', slug, step: 0 })}
        onChooseLanguage={(code) => void changeLanguage(code)}
      />
    );
  }
  return (
    <>
      <OfflineIndicator />
      {body}
    </>
  );
}
