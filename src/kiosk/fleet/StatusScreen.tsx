import type { TFunction } from 'i18next';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onOutboxChange } from '../../client/outbox.js';
import { startTask } from '../../client/scheduler.js';
import { useOnline } from '../offline-indicator.js';
import { FleetScreen } from './FleetScreen.js';
import { readTabletStatus, refreshFleetSettings, type TabletStatus } from './status.js';

/** While the screen is open it reads the tablet's state again this often (reads only, no network). */
const READ_MS = 2000;

interface StatusScreenProps {
  t: TFunction;
  lang: string;
  onClose: () => void;
  onSyncContent: () => void;
}

/**
 * The staff status screen: who this kiosk is, its versions, its outbox, storage, last content
 * sync, connectivity, and "sync now". Opened with the staff PIN; closing it (or the idle timeout)
 * returns to the attract screen.
 */
export function StatusScreen({ t, lang, onClose, onSyncContent }: StatusScreenProps) {
  const [status, setStatus] = useState<TabletStatus | null>(null);
  const [syncing, setSyncing] = useState(false);
  const online = useOnline();

  useEffect(() => {
    let current = true;
    // On the kiosk's one scheduler: read now, every few seconds, and when the network comes back.
    const task = startTask({
      run: () => readTabletStatus().then((s) => current && setStatus(s)),
      intervalMs: READ_MS,
      on: { online: true },
    });
    const stop = onOutboxChange(() => void task.runNow());
    return () => {
      current = false;
      task.stop();
      stop();
    };
  }, []);

  const syncNow = async () => {
    setSyncing(true);
    onSyncContent();
    const outbox = await import('../../client/outbox-triggers.js');
    outbox.requestFlush();
    void import('../../client/heartbeat.js').then((heartbeat) => heartbeat.beatNow());
    await refreshFleetSettings().catch(() => undefined);
    setSyncing(false);
  };

  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const megabytes = (bytes: number | null) => (bytes === null ? '–' : `${number.format(bytes / 1_000_000)} MB`);
  const when = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))
      : t('status.never');
  const version = (value: number | null) => (value === null ? '–' : String(value));

  let rows: [string, string | JSX.Element][] = [];
  if (status) {
    rows = [
      [t('status.kiosk'), status.kiosk ? `${status.kiosk.name} – ${status.kiosk.branchName}` : t('status.notEnrolled')],
      [t('status.connection'), online ? t('status.online') : t('status.offline')],
      [t('status.app'), status.appVersion],
      [
        t('status.content'),
        status.contentReady !== null
          ? t('status.waiting', { applied: version(status.contentActive), pending: status.contentReady })
          : version(status.contentActive),
      ],
      [
        t('status.settings'),
        status.settingsPending !== null
          ? t('status.waiting', { applied: version(status.settingsApplied), pending: status.settingsPending })
          : version(status.settingsApplied),
      ],
      [
        t('status.outbox'),
        t('status.outboxCounts', { pending: status.outboxPending, rejected: status.outboxRejected }),
      ],
      [
        t('status.storage'),
        `${t('status.storageUse', { used: megabytes(status.storageUsed), quota: megabytes(status.storageQuota) })}, ${
          status.persisted ? t('status.persisted') : t('status.notPersisted')
        }`,
      ],
      [t('status.lastSync'), when(status.lastSyncAt)],
      [t('status.lastError'), status.lastError ?? '–'],
    ];
  }

  return (
    <FleetScreen name="status" class="fleet-status">
      <button type="button" class="secondary pin-close" onClick={onClose} aria-label={t('status.close')}>
        <span aria-hidden="true">✕</span>
      </button>
      <h1>{t('status.heading')}</h1>
      <dl class="fleet-facts" aria-busy={status === null}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="primary" onClick={() => void syncNow()} disabled={syncing}>
        {syncing ? t('status.syncing') : t('status.syncNow')}
      </button>
    </FleetScreen>
  );
}
