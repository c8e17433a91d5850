import { loadConfig } from '../config.js';
import { kioskSetupUrl, kioskTokenFor } from '../kiosk-token.js';
import { serverOrigin } from './origin.js';

/**
 * `npm run kiosk:setup-url`: prints the set-up address with the whole shared token, for an
 * installation from before enrolment that still sets tablets up with it. The server's log shows it
 * masked, since logs travel further than this terminal. Without a shared token it says to enrol.
 * Reads the same settings as the server (KIOSK_TOKEN, DATA_DIR, PUBLIC_URL, HOST, PORT).
 */
function main(): void {
  const config = loadConfig();
  const token = kioskTokenFor(config.kioskToken, config.dataDir);
  if (!token) {
    console.error('There is no shared kiosk token: enrol each tablet with npm run kiosk:enrol -- --branch <branch>.');
    process.exitCode = 1;
    return;
  }
  console.log(kioskSetupUrl(serverOrigin(config), token));
  if (!config.publicUrl) {
    console.error('PUBLIC_URL is not set: the address above is the one on this machine; tablets need a reachable one.');
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
