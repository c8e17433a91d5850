import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { changeLanguage } from '../i18n/i18n.js';
import { useTranslation } from '../i18n/use-translation.js';
import { OfflineIndicator } from './offline-indicator.js';
import { Guide } from './screens/Guide.js';
import { Home } from './screens/Home.js';
import { NoContent } from './screens/NoContent.js';
import type { ContentView } from './startup.js';
import { useContent } from './use-content.js';

type Screen = { name: 'home' } | { name: 'guide'; slug: string; step: number };

/** The visitor's app. Screens live in memory, not in history, so nothing of a visit can be navigated back to. */
export function App({ initialView }: { initialView: ContentView | null }) {
  const { lang } = useTranslation();
  const { view, status, resetPoint, retryNow } = useContent(lang, initialView);
  const [screen, setScreen] = useState<Screen>({ name: 'home' });

  const goHome = () => {
    setScreen({ name: 'home' });
    // Home is the reset point: pending content and app updates are applied here and nowhere else.
    void resetPoint()
      .then(() => import('../client/sw-bridge.js'))
      .then((bridge) => bridge.applyWaitingUpdate());
  };

  let body: JSX.Element;
  if (view === null) body = <NoContent status={status} onRetry={retryNow} />;
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
