import { render } from 'preact';
import { registerServiceWorker } from '../client/sw-bridge.js';
import { initI18n } from '../i18n/i18n.js';
import { App } from './app.js';
import './kiosk.css';

const DEFAULT_LANGUAGE = 'sv';

void initI18n(DEFAULT_LANGUAGE).then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  registerServiceWorker();
});
