import type { StaffRole } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { hrefOf, mayOpen, type Route, type Screen, useHashRoute } from '../routes.js';

type NavScreen = Exclude<Screen, 'editor' | 'kiosk' | 'enrol' | 'kioskDefaults'>;

/** Screens that belong under another one's link: the editor under Guides, the fleet's under Kiosks. */
const PARENT: Partial<Record<Screen, NavScreen>> = {
  editor: 'guides',
  kiosk: 'fleet',
  enrol: 'fleet',
  kioskDefaults: 'fleet',
};

/**
 * The screens a role may open, in the order work flows: edit, publish, look back, move content;
 * then the help sessions (the inbox first, what helpers open most); the kiosks; then administer.
 */
export function MainNav({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const current = route ? (PARENT[route.screen] ?? route.screen) : undefined;
  const items: [NavScreen, string][] = [
    ['guides', t('nav.guides')],
    ['categories', t('nav.categories')],
    ['media', t('nav.media')],
    ['publish', t('nav.publish')],
    ['versions', t('nav.versions')],
    ['pack', t('nav.pack')],
    ['requests', t('nav.requests')],
    ['times', t('nav.times')],
    ['fleet', t('nav.fleet')],
    ['accounts', t('nav.accounts')],
    ['audit', t('nav.audit')],
    ['account', t('nav.account')],
  ];
  return (
    <nav class="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .filter(([screen]) => mayOpen(role, screen))
          .map(([screen, label]) => (
            <li key={screen}>
              <a href={hrefOf({ screen } as Route)} aria-current={current === screen ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
