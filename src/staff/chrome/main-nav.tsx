import type { StaffRole } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { hrefOf, mayOpen, type Route, type Screen, useHashRoute } from '../routes.js';

type NavScreen = Exclude<Screen, 'editor'>;

/**
 * The screens a role may open, in the order work flows: edit, publish, look back, move content;
 * then the help sessions (the inbox first, what helpers open most); then administer.
 */
export function MainNav({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  // The editor belongs under "Guides".
  const current = route?.screen === 'editor' ? 'guides' : route?.screen;
  const items: [NavScreen, string][] = [
    ['guides', t('nav.guides')],
    ['categories', t('nav.categories')],
    ['media', t('nav.media')],
    ['publish', t('nav.publish')],
    ['versions', t('nav.versions')],
    ['pack', t('nav.pack')],
    ['requests', t('nav.requests')],
    ['times', t('nav.times')],
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
