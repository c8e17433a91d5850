import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { onOutboxChange, pendingRequestCount } from '../../client/outbox.js';
import { FleetScreen } from './FleetScreen.js';

/**
 * The calm full screen of a tablet whose token an admin revoked, for staff: what to do, and how
 * many requests wait on it (they stay, and are sent once it is set up again). Visitors see nothing
 * else until then: their requests could not reach the library.
 */
export function SetUpAgain({ t }: { t: TFunction }) {
  const [kept, setKept] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    const read = () =>
      void pendingRequestCount().then(
        (n) => current && setKept(n),
        () => undefined,
      );
    read();
    const stop = onOutboxChange(read);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return (
    <FleetScreen name="set-up-again">
      <h1>{t('setUp.heading')}</h1>
      <p>{t('setUp.body')}</p>
      {kept !== null && (
        <p role="status" data-kept={kept}>
          {kept > 0 ? t('setUp.kept', { count: kept }) : t('setUp.noneKept')}
        </p>
      )}
    </FleetScreen>
  );
}
