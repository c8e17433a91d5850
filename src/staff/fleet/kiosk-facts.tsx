import type { FleetRow } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDateTime } from '../components/format.js';
import { LastSeen, Outbox, SettingsVersions, Storage, Versions } from './kiosk-cells.js';
import { KioskStateChip } from './state-chip.js';

/** Everything the fleet view says about a kiosk, and what its last beat reported besides. */
export function KioskFacts({ row, now }: { row: FleetRow; now: number }) {
  const { t, lang } = useTranslation();
  return (
    <dl class="facts">
      <dt>{t('fleet.stateColumn')}</dt>
      <dd>
        <KioskStateChip state={row.state} />{' '}
        <span class="hint">{t('fleet.since', { time: formatDateTime(row.stateSince, lang) })}</span>
      </dd>
      <dt>{t('fleet.branch')}</dt>
      <dd>{row.branchName}</dd>
      <dt>{t('fleet.lastSeen')}</dt>
      <dd>
        <LastSeen row={row} now={now} />
      </dd>
      <dt>{t('fleet.enrolled')}</dt>
      <dd>{formatDateTime(row.enrolledAt, lang)}</dd>
      {row.revokedAt && (
        <>
          <dt>{t('fleet.revokedAt')}</dt>
          <dd>{formatDateTime(row.revokedAt, lang)}</dd>
        </>
      )}
      <dt>{t('fleet.versions')}</dt>
      <dd>
        <Versions row={row} />
      </dd>
      <dt>{t('fleet.settings')}</dt>
      <dd>
        <SettingsVersions row={row} />
      </dd>
      <dt>{t('fleet.outbox')}</dt>
      <dd>
        <Outbox row={row} />
      </dd>
      <dt>{t('fleet.storage')}</dt>
      <dd>
        <Storage row={row} />
      </dd>
      <dt>{t('fleet.lastSync')}</dt>
      <dd>{row.lastSyncAt ? formatDateTime(row.lastSyncAt, lang) : '–'}</dd>
      <dt>{t('fleet.lastError')}</dt>
      <dd>{row.lastError ? <span lang="en">{row.lastError}</span> : '–'}</dd>
      <dt>{t('fleet.screen')}</dt>
      <dd>
        {row.screenWidth !== null && row.screenHeight !== null
          ? `${row.screenWidth} × ${row.screenHeight}${row.orientation ? ` (${orientationLabel(t, row.orientation)})` : ''}`
          : '–'}
      </dd>
    </dl>
  );
}

function orientationLabel(t: (key: string) => string, orientation: string): string {
  return orientation === 'portrait' ? t('fleet.portrait') : t('fleet.landscape');
}
