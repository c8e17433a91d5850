import { createContext } from 'preact';
import { DEFAULT_KIOSK_CONFIG, type KioskConfig } from '../domain/kiosk-config.js';

/**
 * The kiosk settings in force, for screens deep in a flow that need one of them (the request's
 * details step offers only the reminder channels the server has). The app provides it.
 */
export const KioskConfigContext = createContext<KioskConfig>(DEFAULT_KIOSK_CONFIG);
