import { render } from 'preact';
import { App } from './app.js';
import { initStaffI18n } from './i18n.js';
import './staff.css';

initStaffI18n();
render(<App />, document.getElementById('app') as HTMLElement);
