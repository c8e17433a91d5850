import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';

/** "Are you still there?": shown before a visit is cleared; one tap keeps it. */
export function IdleCountdown({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="idle-backdrop">
      <div
        class="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-heading"
        aria-describedby="idle-text"
      >
        <h2 id="idle-heading">{t('idle.heading')}</h2>
        <p id="idle-text">{t('idle.countdown', { seconds: secondsLeft })}</p>
        <button type="button" class="primary" ref={button} onClick={onStay}>
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
