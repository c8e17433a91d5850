import type { StaffRole } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { hrefOf, type Route } from '../routes.js';

type FleetScreen = 'fleet' | 'enrol' | 'kioskDefaults';

/** The fleet's own screens, side by side; helpers see only the list, which is all they may open. */
export function FleetNav({ staffRole, current }: { staffRole: StaffRole; current: FleetScreen }) {
  const { t } = useTranslation();
  if (staffRole !== 'admin') return null;
  const items: [FleetScreen, string][] = [
    ['fleet', t('fleet.heading')],
    ['enrol', t('enrol.heading')],
    ['kioskDefaults', t('kioskDefaults.heading')],
  ];
  return (
    <nav class="sub-nav" aria-label={t('fleet.navLabel')}>
      <ul>
        {items.map(([screen, label]) => (
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
