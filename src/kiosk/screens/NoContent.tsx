import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import type { UpdateStatus } from '../content-updates.js';

/** Shown only on a tablet that has never reached its server: says so plainly and keeps retrying. */
export function NoContent({ status, onRetry }: { status: UpdateStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const seconds = status.nextAttemptAt ? Math.max(0, Math.ceil((status.nextAttemptAt - now) / 1000)) : null;
  const line = status.trying || seconds === null ? t('noContent.trying') : t('noContent.retryIn', { seconds });

  return (
    <main class="no-content">
      <h1>{t('noContent.heading')}</h1>
      <p>{t('noContent.body')}</p>
      <p role="status">
        {/* Keyed by its words: each second a new line replaces the old, rather than new words
            in the old line, whose centred text would count as moving (layout shift). */}
        <span key={line}>{line}</span>
      </p>
      <button type="button" class="primary" onClick={onRetry} disabled={status.trying}>
        {t('noContent.retryNow')}
      </button>
    </main>
  );
}
