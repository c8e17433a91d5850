import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { changeLanguage } from '../i18n/i18n.js';
import { useTranslation } from '../i18n/use-translation.js';
import { IdleCountdown } from './chrome/IdleCountdown.js';
import { TopBar } from './chrome/TopBar.js';
import { useStartAtTop } from './chrome/use-start-at-top.js';
import { enterFullscreen } from './first-screen/fullscreen.js';
import { OfflineIndicator } from './offline-indicator.js';
import { LazyRequestFlow } from './request/LazyRequestFlow.js';
import { PendingRequests } from './request/PendingRequests.js';
import { AskStaff } from './screens/AskStaff.js';
import { Attract } from './screens/Attract.js';
import { CategoryGuides } from './screens/CategoryGuides.js';
import { Guide } from './screens/Guide.js';
import { Home } from './screens/Home.js';
import { LanguageChooser } from './screens/LanguageChooser.js';
import { Search } from './screens/Search.js';
import { useIdle } from './session/use-idle.js';
import type { ContentView } from './startup.js';
import { shownCategories, type VisitSettings } from './visit-settings.js';

type Screen =
  | { name: 'attract' }
  | { name: 'languages' }
  | { name: 'home' }
  | { name: 'search' }
  | { name: 'category'; id: string }
  | { name: 'ask-staff'; back: Screen }
  | { name: 'request'; topic: string | null; browsing: string | null; back: Screen }
  | { name: 'guide'; slug: string; step: number; back: Screen };

/**
 * What a help request made from a screen is about: the guide the visitor was reading (the flow
 * does not ask), or the category they were in (its guides are offered first), or not yet known.
 */
function topicOf(screen: Screen): { topic: string | null; browsing: string | null } {
  if (screen.name === 'guide') return { topic: screen.slug, browsing: null };
  if (screen.name === 'category') return { topic: null, browsing: screen.id };
  if (screen.name === 'request') return { topic: screen.topic, browsing: screen.browsing };
  if (screen.name === 'ask-staff') return topicOf(screen.back);
  return { topic: null, browsing: null };
}

interface VisitProps {
  view: ContentView;
  /** The language `view` is in; after the visitor chooses a language it catches up a moment later. */
  viewLang: string;
  config: VisitSettings;
  /** Ends the visit: the app clears everything and starts a new one (idle reset). */
  onEnd: () => void;
  /** The welcome screen was tapped before the app had loaded: the visit starts at the language chooser. */
  started?: boolean;
  /** The tablet's last check found no way to the server (see UpdateStatus). */
  serverUnreachable?: boolean;
}

/**
 * One visitor's session. Everything of the visit (screen, search, text size, contrast) is state
 * of this component: ending the visit unmounts it, so nothing of it survives. Screens are kept in
 * memory, never in history, so the back button cannot bring a visitor's screen back.
 */
export function Visit({ view, viewLang, config, onEnd, started = false, serverUnreachable = false }: VisitProps) {
  const [screen, setScreen] = useState<Screen>(started ? { name: 'languages' } : { name: 'attract' });
  const [textScale, setTextScale] = useState(1);
  const [highContrast, setHighContrast] = useState(false);
  const [videoPlaying, setVideoPlaying] = useState(false);
  // The language just chosen: Home opens once the content is read in it, never half in the old one.
  const [chosen, setChosen] = useState<string | null>(null);
  const { lang } = useTranslation();
  const idle = useIdle({
    idleMs: config.idleTimeoutSeconds * 1000,
    countdownMs: config.countdownSeconds * 1000,
    paused: videoPlaying,
    enabled: screen.name !== 'attract',
    onReset: onEnd,
  });

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(textScale));
    root.classList.toggle('high-contrast', highContrast);
    return () => {
      root.style.removeProperty('--text-scale');
      root.classList.remove('high-contrast');
    };
  }, [textScale, highContrast]);

  const guideSlug = screen.name === 'guide' ? screen.slug : '';
  useStartAtTop(null, [screen.name, guideSlug]);
  useEffect(() => setVideoPlaying(false), [screen.name, guideSlug]);

  useEffect(() => {
    if (screen.name === 'languages' && chosen !== null && chosen === viewLang) {
      setChosen(null);
      setScreen({ name: 'home' });
    }
  }, [screen.name, chosen, viewLang]);

  if (screen.name === 'attract') {
    const start = () => {
      enterFullscreen();
      setScreen({ name: 'languages' });
    };
    return <Attract languages={config.languages} onStart={start} footer={<PendingRequests />} />;
  }

  const openGuide = (slug: string) => setScreen({ name: 'guide', slug, step: 0, back: screen });
  const home = () => setScreen({ name: 'home' });
  // The request flow keeps its own steps; leaving it (or the idle reset) drops them.
  const openRequest = (from: Screen) => setScreen({ name: 'request', ...topicOf(from), back: from });
  const homeScreen = (
    <Home
      categories={shownCategories(view.categories, config.categories)}
      guides={view.guides}
      welcome={view.welcome}
      onOpenCategory={(id) => setScreen({ name: 'category', id })}
      onSearch={() => setScreen({ name: 'search' })}
      onRequestHelp={() => openRequest(screen)}
      onVideoPlaying={setVideoPlaying}
    />
  );
  let body: JSX.Element;
  switch (screen.name) {
    case 'languages':
      body = (
        <LanguageChooser
          languages={config.languages}
          onChoose={(code) => void changeLanguage(code).then(() => setChosen(code))}
        />
      );
      break;
    case 'search':
      body = <Search guides={view.guides} onOpenGuide={openGuide} />;
      break;
    case 'category': {
      const category = view.categories.find((c) => c.id === screen.id);
      // A category that went away with a content update: Home instead.
      body = category ? (
        <CategoryGuides category={category} guides={view.guides} onOpenGuide={openGuide} onBack={home} />
      ) : (
        homeScreen
      );
      break;
    }
    case 'ask-staff':
      body = <AskStaff onBack={() => setScreen(screen.back)} onRequestHelp={() => openRequest(screen)} />;
      break;
    case 'request':
      body = (
        <LazyRequestFlow
          topic={screen.topic}
          browsing={screen.browsing}
          guides={view.guides}
          categories={view.categories}
          onBack={() => setScreen(screen.back)}
          onDone={home}
        />
      );
      break;
    case 'guide':
      body = (
        <Guide
          manifest={view.manifest}
          slug={screen.slug}
          known={viewLang === lang ? view.guides.find((g) => g.id === screen.slug) : undefined}
          step={screen.step}
          publicUrl={config.publicUrl ?? window.location.origin}
          onStep={(step) => setScreen({ ...screen, step })}
          onLeave={() => setScreen(screen.back)}
          onHome={home}
          onRequestHelp={() => openRequest(screen)}
          onVideoPlaying={setVideoPlaying}
        />
      );
      break;
    default:
      body = homeScreen;
  }

  return (
    <>
      <TopBar
        textScale={textScale}
        highContrast={highContrast}
        onHome={home}
        onSearch={() => setScreen({ name: 'search' })}
        onLanguage={() => setScreen({ name: 'languages' })}
        onAskStaff={() => setScreen({ name: 'ask-staff', back: screen })}
        onTextScale={setTextScale}
        onContrast={setHighContrast}
      />
      <OfflineIndicator unreachable={serverUnreachable} />
      {body}
      {idle.secondsLeft !== null && <IdleCountdown secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />}
    </>
  );
}
