import type { KioskConfig } from '../../domain/kiosk-config.js';
import type { App } from '../app.js';

/** `GET /api/kiosk/config`: the settings every kiosk follows; kiosks keep a copy for offline starts. */
export async function kioskConfigRoutes(app: App): Promise<void> {
  app.get('/api/kiosk/config', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return app.kioskConfig satisfies KioskConfig;
  });
}
