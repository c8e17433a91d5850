import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FleetProps } from './types.js';

/**
 * The tablet's place in the fleet (enrolment, set-up-again, the staff status screen), loaded after
 * the first screen: none of it is needed to greet a visitor. The chunk is precached, so it opens
 * offline too.
 */
export function LazyFleet(props: FleetProps) {
  const [Fleet, setFleet] = useState<ComponentType<FleetProps> | null>(null);
  useEffect(() => {
    let current = true;
    import('./Fleet.js').then(
      (module) => current && setFleet(() => module.Fleet),
      (error: unknown) => console.error('could not load the fleet screens', error),
    );
    return () => {
      current = false;
    };
  }, []);
  return Fleet ? <Fleet {...props} /> : null;
}
