import type { FleetRow } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { hrefOf } from '../routes.js';
import { LastSeen, Outbox, SettingsVersions, Storage, Versions } from './kiosk-cells.js';
import { SortHeader, type SortOrder } from './sort-header.js';
import { KioskStateChip } from './state-chip.js';

interface FleetTableProps {
  kiosks: FleetRow[];
  sort: SortOrder;
  onSort: (next: SortOrder) => void;
  /** The time the list was loaded, for "5 minutes ago". */
  now: number;
}

/** One page of kiosks; the name opens the kiosk's detail. */
export function FleetTable({ kiosks, sort, onSort, now }: FleetTableProps) {
  const { t } = useTranslation();
  const header = { current: sort, onSort };
  return (
    <div class="table-scroll">
      <table class="fleet-table">
        <caption class="visually-hidden">{t('fleet.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="name" {...header}>
              {t('fleet.name')}
            </SortHeader>
            <SortHeader column="state" {...header}>
              {t('fleet.stateColumn')}
            </SortHeader>
            <SortHeader column="branch" {...header}>
              {t('fleet.branch')}
            </SortHeader>
            <SortHeader column="lastSeen" {...header}>
              {t('fleet.lastSeen')}
            </SortHeader>
            <SortHeader column="app" {...header}>
              {t('fleet.versions')}
            </SortHeader>
            <th scope="col">{t('fleet.settings')}</th>
            <SortHeader column="outbox" {...header}>
              {t('fleet.outbox')}
            </SortHeader>
            <SortHeader column="storage" {...header}>
              {t('fleet.storage')}
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {kiosks.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={hrefOf({ screen: 'kiosk', kioskId: row.id })}>{row.name}</a>
              </th>
              <td>
                <KioskStateChip state={row.state} />
              </td>
              <td>{row.branchName}</td>
              <td>
                <LastSeen row={row} now={now} />
              </td>
              <td>
                <Versions row={row} />
              </td>
              <td>
                <SettingsVersions row={row} />
              </td>
              <td>
                <Outbox row={row} />
              </td>
              <td>
                <Storage row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
