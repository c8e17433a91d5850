import type { loadConfig } from '../config.js';

/**
 * The address tablets reach this server at, for the set-up addresses the commands print: PUBLIC_URL,
 * or else this machine's own (a server listening on every address is called localhost here).
 */
export function serverOrigin(config: ReturnType<typeof loadConfig>): string {
  const anyAddress = config.host === '0.0.0.0' || config.host === '::';
  const host = anyAddress ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return (config.publicUrl ?? `http://${host}:${config.port}`).replace(/\/$/, '');
}
