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

/** A quiet line while the browser is offline; it never blocks anything. */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p class="offline-indicator" role="status">
      {online ? '' : t('common:status.offline')}
    </p>
  );
}
