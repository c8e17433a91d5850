import { loadConfig } from '../config.js';
import { kioskSetupUrl, kioskTokenFor } from '../kiosk-token.js';

/**
 * `npm run kiosk:setup-url`: prints the kiosk set-up address with the whole token, for the admin
 * setting up a tablet. The server's log shows it masked, since logs travel further than this terminal.
 * Reads the same settings as the server (KIOSK_TOKEN, DATA_DIR, PUBLIC_URL, HOST, PORT).
 */
function main(): void {
  const config = loadConfig();
  // A server listening on every address is reached by tablets at the library's own name: PUBLIC_URL.
  const anyAddress = config.host === '0.0.0.0' || config.host === '::';
  const host = anyAddress ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const origin = config.publicUrl ?? `http://${host}:${config.port}`;
  console.log(kioskSetupUrl(origin.replace(/\/$/, ''), kioskTokenFor(config.kioskToken, config.dataDir)));
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
