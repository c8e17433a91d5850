import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.js';

/** Whether the browser says it is online, kept current. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * A quiet line while the tablet has no way to the server: the browser says it is offline, or the
 * last check could not reach the server. It never blocks anything.
 */
export function OfflineIndicator({ unreachable = false }: { unreachable?: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p class="offline-indicator" role="status">
      {online && !unreachable ? '' : t('common:status.offline')}
    </p>
  );
}
