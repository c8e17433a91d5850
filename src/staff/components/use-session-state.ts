import { useState } from 'preact/hooks';

/**
 * State kept in sessionStorage, so a filter or a choice survives opening a guide and coming back
 * (or a reload) in this tab, and nothing lingers once the tab is closed.
 */
export function useSessionState<T extends string>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readSession(key) ?? initial);
  const set = (next: T) => {
    setValue(next);
    writeSession(key, next);
  };
  return [value, set];
}

export function readSession<T extends string>(key: string): T | undefined {
  try {
    return (sessionStorage.getItem(key) as T | null) ?? undefined;
  } catch {
    return undefined; // storage blocked: state lasts as long as the screen
  }
}

export function writeSession(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage blocked or full: the value simply is not kept.
  }
}

/** Removes every key starting with `prefix` (a signing-out user's unsaved texts). */
export function removeSessionKeys(prefix: string): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
