import type { Language } from '../../domain/languages.js';
import { Attract } from '../screens/Attract.js';
import { enterFullscreen } from './fullscreen.js';

let tapped = false;

/** Whether the welcome screen was tapped before the app was there; reading it forgets it. */
export function takeEarlyTap(): boolean {
  const was = tapped;
  tapped = false;
  return was;
}

/**
 * The welcome screen as the tiny entry shows it while the rest of the app loads: the same Attract
 * screen, with an empty place for the pending-requests line. A tap is kept (and full screen asked
 * for while the tap allows it); the visit starts with it once the app is there.
 */
export function FirstScreen({ languages }: { languages: readonly Language[] }) {
  const start = () => {
    tapped = true;
    enterFullscreen();
  };
  return <Attract languages={languages} onStart={start} footer={<p class="pending-requests" role="status" />} />;
}
