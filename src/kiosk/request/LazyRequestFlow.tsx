import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RequestFlowProps } from './types.js';

/**
 * The request flow, loaded when a visitor opens it: its code (and the outbox behind it) costs
 * nothing before the first screen. The chunk is precached, so it opens offline too.
 */
export function LazyRequestFlow(props: RequestFlowProps) {
  const [Flow, setFlow] = useState<ComponentType<RequestFlowProps> | null>(null);
  useEffect(() => {
    let current = true;
    void import('./RequestFlow.js').then((module) => {
      if (current) setFlow(() => module.RequestFlow);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!Flow) return <main class="request" aria-busy="true" />;
  return <Flow {...props} />;
}
