import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import type { RequestFlowProps } from './types.js';

/**
 * The request flow, loaded when a visitor opens it: its code (and the outbox behind it) costs
 * nothing before the first screen. The chunk is precached, so it opens offline too; should it
 * still not load, the visitor is told to ask at the desk rather than left with an empty screen.
 */
export function LazyRequestFlow(props: RequestFlowProps) {
  const { t } = useTranslation();
  const [Flow, setFlow] = useState<ComponentType<RequestFlowProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    import('./RequestFlow.js').then(
      (module) => {
        if (current) setFlow(() => module.RequestFlow);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (failed) {
    return (
      <main class="request">
        <p class="note" role="alert">
          {t('request.unavailable')}
        </p>
        <button type="button" class="primary" onClick={props.onBack}>
          {t('guide.back')}
        </button>
      </main>
    );
  }
  if (!Flow) return <main class="request" aria-busy="true" />;
  return <Flow {...props} />;
}
