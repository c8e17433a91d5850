import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (after a save, a publish), keeping the old data on screen meanwhile. */
  reload: () => Promise<void>;
  /** Shows data the server just answered with (a save returns the saved guide). */
  replace: (data: T) => void;
}

/** Loads data for a screen, again whenever `deps` change; answers for old deps are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  const run = useCallback(async (isCurrent: () => boolean) => {
    setLoading(true);
    try {
      const result = await load();
      if (isCurrent()) {
        setData(result);
        setError(null);
      }
    } catch (caught) {
      if (isCurrent()) setError(caught);
    } finally {
      if (isCurrent()) setLoading(false);
    }
  }, deps);

  useEffect(() => {
    let current = true;
    void run(() => current);
    return () => {
      current = false;
    };
  }, [run]);

  const reload = useCallback(() => run(() => true), [run]);
  return { data, error, loading, reload, replace: setData };
}
