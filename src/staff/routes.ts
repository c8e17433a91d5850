import { useEffect, useState } from 'preact/hooks';
import type { StaffRole } from '../domain/staff-api.js';

/**
 * The console's screens, addressed by the URL hash (`#/guides/bankid/en`), so the server needs no
 * fallback route for `/staff/` and the browser's back button and bookmarks work.
 */
export type Route =
  | { screen: 'guides' }
  | { screen: 'editor'; guideId: string; lang: string | null }
  | { screen: 'categories' }
  | { screen: 'media' }
  | { screen: 'publish' }
  | { screen: 'versions' }
  | { screen: 'pack' }
  | { screen: 'requests' }
  | { screen: 'times' }
  | { screen: 'fleet' }
  | { screen: 'kiosk'; kioskId: string }
  | { screen: 'enrol' }
  | { screen: 'kioskDefaults' }
  | { screen: 'accounts' }
  | { screen: 'audit' }
  | { screen: 'account' };

export type Screen = Route['screen'];

/** Who may open which screen; the server checks the same on every request. */
const ALLOWED: Record<Screen, readonly StaffRole[]> = {
  guides: ['editor', 'admin'],
  editor: ['editor', 'admin'],
  categories: ['editor', 'admin'],
  media: ['editor', 'admin'],
  publish: ['editor', 'admin'],
  versions: ['editor', 'admin'],
  pack: ['editor', 'admin'],
  requests: ['helper', 'admin'],
  times: ['helper', 'admin'],
  fleet: ['helper', 'admin'],
  kiosk: ['helper', 'admin'],
  enrol: ['admin'],
  kioskDefaults: ['admin'],
  accounts: ['admin'],
  audit: ['admin'],
  account: ['helper', 'editor', 'admin'],
};

export function mayOpen(role: StaffRole, screen: Screen): boolean {
  return ALLOWED[screen].includes(role);
}

/** Where a role lands after signing in: helpers start at their inbox of requests. */
export function homeRoute(role: StaffRole): Route {
  return role === 'helper' ? { screen: 'requests' } : { screen: 'guides' };
}

export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  switch (first) {
    case 'guides':
      return second ? { screen: 'editor', guideId: second, lang: third ?? null } : { screen: 'guides' };
    case 'fleet':
      return fleetRoute(second);
    case 'categories':
    case 'media':
    case 'publish':
    case 'versions':
    case 'pack':
    case 'requests':
    case 'times':
    case 'accounts':
    case 'audit':
    case 'account':
      return { screen: first };
    default:
      return null;
  }
}

/** The fleet's screens share `#/fleet/…`: kiosk ids start with `k-`, so they never meet the words. */
function fleetRoute(second: string | undefined): Route {
  if (second === undefined) return { screen: 'fleet' };
  if (second === 'enrol') return { screen: 'enrol' };
  if (second === 'defaults') return { screen: 'kioskDefaults' };
  return { screen: 'kiosk', kioskId: second };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'editor': {
      const lang = route.lang ? `/${encodeURIComponent(route.lang)}` : '';
      return `#/guides/${encodeURIComponent(route.guideId)}${lang}`;
    }
    case 'kiosk':
      return `#/fleet/${encodeURIComponent(route.kioskId)}`;
    case 'enrol':
      return '#/fleet/enrol';
    case 'kioskDefaults':
      return '#/fleet/defaults';
    default:
      return `#/${route.screen}`;
  }
}

/** Goes to a route; `replace` keeps it out of the history (a redirect, a language switch). */
export function navigate(route: Route, replace = false): void {
  const href = hrefOf(route);
  if (replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = href;
  }
}

/** The route in the address bar, following changes. */
export function useHashRoute(): Route | null {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}
