import type { FleetRow } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatBytes, formatDateTime, formatPercent } from '../components/format.js';
import { consoleLocale } from '../i18n.js';
import { formatAgo, storageShare } from './format.js';

/** When the kiosk was last heard from: how long ago, with the exact time beside it. */
export function LastSeen({ row, now }: { row: FleetRow; now: number }) {
  const { t, lang } = useTranslation();
  if (row.lastSeenAt === null) return <span>{t('fleet.never')}</span>;
  return (
    <span>
      {formatAgo(row.lastSeenAt, now, consoleLocale(lang))}
      <br />
      <time class="hint" dateTime={row.lastSeenAt}>
        {formatDateTime(row.lastSeenAt, lang)}
      </time>
    </span>
  );
}

/** The settings version pushed to the kiosk against the one it says it applies: "v4 – applied v3". */
export function SettingsVersions({ row }: { row: FleetRow }) {
  const { t } = useTranslation();
  if (row.settingsApplied === null)
    return <span>{t('fleet.settingsNotApplied', { pushed: row.settingsVersion })}</span>;
  if (row.settingsApplied === row.settingsVersion)
    return <span>{t('fleet.settingsInStep', { pushed: row.settingsVersion })}</span>;
  return (
    <span class="behind">
      {t('fleet.settingsBehind', { pushed: row.settingsVersion, applied: row.settingsApplied })}
    </span>
  );
}

/** The app and content versions the kiosk reported. */
export function Versions({ row }: { row: FleetRow }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('fleet.appVersion', { version: row.appVersion ?? '–' })}
      <br />
      {t('fleet.contentVersion', { version: row.contentVersion ?? '–' })}
    </span>
  );
}

/** Requests waiting in the kiosk's outbox, and those the server refused. */
export function Outbox({ row }: { row: FleetRow }) {
  const { t } = useTranslation();
  if (row.outboxPending === null) return <span>–</span>;
  return (
    <span>
      {t('fleet.outboxPending', { count: row.outboxPending })}
      {(row.outboxRejected ?? 0) > 0 && (
        <>
          <br />
          <span class="behind">{t('fleet.outboxRejected', { count: row.outboxRejected ?? 0 })}</span>
        </>
      )}
    </span>
  );
}

/** Storage used of the quota, as bytes and a share, and whether the browser keeps it persistently. */
export function Storage({ row }: { row: FleetRow }) {
  const { t, lang } = useTranslation();
  const share = storageShare(row);
  if (row.storageUsed === null || row.storageQuota === null || share === null) return <span>–</span>;
  return (
    <span>
      {t('fleet.storageUsed', {
        used: formatBytes(row.storageUsed, lang),
        quota: formatBytes(row.storageQuota, lang),
        percent: formatPercent(share, lang),
      })}
      <br />
      <span class={row.persisted === false ? 'behind' : 'hint'}>
        {row.persisted === null ? '' : row.persisted ? t('fleet.persisted') : t('fleet.notPersisted')}
      </span>
    </span>
  );
}
