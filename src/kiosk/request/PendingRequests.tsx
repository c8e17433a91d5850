import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';

const POLL_MS = 10_000;

/**
 * A quiet line for staff between visits: how many help requests wait on this tablet to be sent.
 * Only a count (no personal data is read). The outbox code is loaded after the first screen.
 */
export function PendingRequests() {
  const { t } = useTranslation();
  const [count, setCount] = useState(0);

  useEffect(() => {
    let current = true;
    let unsubscribe: () => void = () => undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    void import('../../client/help-client.js').then((client) => {
      if (!current) return;
      const read = () => {
        void client
          .pendingRequestCount()
          .then((n) => current && setCount(n))
          .catch(() => undefined);
      };
      read();
      unsubscribe = client.onOutboxChange(read);
      timer = setInterval(read, POLL_MS);
    });
    return () => {
      current = false;
      unsubscribe();
      clearInterval(timer);
    };
  }, []);

  return (
    <p class="pending-requests" role="status">
      {count > 0 ? t('attract.pendingRequests', { count }) : ''}
    </p>
  );
}
