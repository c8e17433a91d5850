import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../client/storage.js';
import type { KioskConfig } from '../domain/kiosk-config.js';
import type { KioskSettings } from '../domain/kiosk-settings.js';
import { changeLanguage } from '../i18n/i18n.js';
import { useTranslation } from '../i18n/use-translation.js';
import { markInteractive } from './first-screen/interactive.js';
import { LazyFleet } from './fleet/LazyFleet.js';
import { KioskConfigContext } from './kiosk-config-context.js';
import { NoContent } from './screens/NoContent.js';
import { installKioskGuards } from './session/kiosk-guards.js';
import type { ContentView } from './startup.js';
import { useContent } from './use-content.js';
import { Visit } from './visit.js';
import { visitSettings } from './visit-settings.js';

interface AppProps {
  initialView: ContentView | null;
  initialConfig: KioskConfig;
  /** The fleet settings applied on this tablet at start; null when it is not enrolled. */
  initialSettings: KioskSettings | null;
  /** The first screen was tapped before the app had loaded: the first visit starts at once. */
  started?: boolean;
}

/** The kiosk: content that outlives visits, and one Visit at a time. */
export function App({ initialView, initialConfig, initialSettings, started = false }: AppProps) {
  const { lang } = useTranslation();
  const { view, viewLang, config, status, resetPoint, retryNow } = useContent(lang, initialView, initialConfig);
  const [visit, setVisit] = useState(0);
  const [settings, setSettings] = useState(initialSettings);
  const visitConfig = visitSettings(config, settings);

  // Read by `npm run bench`: set by the tiny entry's welcome screen already, when the tablet has
  // content; otherwise here, once "no content yet" is painted.
  useEffect(() => void markInteractive(), []);
  useEffect(() => installKioskGuards(), []);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  /**
   * The idle reset: fleet settings that arrived during the visit take effect and the language
   * returns to the default; only then is the visit unmounted (its state is gone) and the welcome
   * screen back, so a next visitor's choice of language can never be undone by this reset. Waiting
   * content and app updates are applied last.
   */
  const endVisit = async () => {
    const pending = await import('../client/kiosk-settings.js')
      .then((fleetSettings) => fleetSettings.applyPendingSettings())
      .catch(() => null);
    if (pending) setSettings(pending.settings);
    await changeLanguage(visitSettings(config, pending ? pending.settings : settings).defaultLanguage);
    setVisit((n) => n + 1);
    window.scrollTo(0, 0);
    await resetPoint();
    // A request queued during the visit is never dropped here; the reset is one more chance to send
    // it, and a moment to tell the server how the tablet is.
    void import('../client/outbox-triggers.js').then((outbox) => outbox.requestFlush());
    void import('../client/heartbeat.js').then((heartbeat) => heartbeat.beatNow());
    const bridge = await import('../client/sw-bridge.js');
    await bridge.applyWaitingUpdate();
  };

  // Enrolment, set-up-again and the staff status screen cover the visit when they are needed.
  const fleet = (
    <LazyFleet
      idleTimeoutSeconds={visitConfig.idleTimeoutSeconds}
      onSettings={setSettings}
      onClose={() => void endVisit()}
      onSyncContent={retryNow}
    />
  );
  if (view === null) {
    return (
      <>
        <NoContent status={status} onRetry={retryNow} />
        {fleet}
      </>
    );
  }
  return (
    <KioskConfigContext.Provider value={visitConfig}>
      <Visit
        key={visit}
        view={view}
        viewLang={viewLang}
        config={visitConfig}
        onEnd={() => void endVisit()}
        started={started && visit === 0}
        serverUnreachable={status.unreachable}
      />
      {fleet}
    </KioskConfigContext.Provider>
  );
}
