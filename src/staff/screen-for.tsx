import { useEffect } from 'preact/hooks';
import type { Me } from '../domain/staff-api.js';
import { BranchDefaults } from './fleet/branch-defaults.js';
import { Enrol } from './fleet/enrol.js';
import { FleetView } from './fleet/fleet-view.js';
import { KioskDetailScreen } from './fleet/kiosk-detail.js';
import { homeRoute, mayOpen, navigate, useHashRoute } from './routes.js';
import { Account } from './screens/account.js';
import { Accounts } from './screens/accounts.js';
import { AuditLog } from './screens/audit-log.js';
import { Categories } from './screens/categories.js';
import { ContentPack } from './screens/content-pack.js';
import { GuideEditor } from './screens/guide-editor.js';
import { GuideList } from './screens/guide-list.js';
import { Media } from './screens/media.js';
import { Publish } from './screens/publish.js';
import { Requests } from './screens/requests.js';
import { Times } from './screens/times.js';
import { Versions } from './screens/versions.js';

/** The screen the address asks for, or the role's home screen when it asks for nothing it may open. */
export function ScreenFor({ me }: { me: Me }) {
  const route = useHashRoute();
  const allowed = route !== null && mayOpen(me.role, route.screen);

  useEffect(() => {
    if (!allowed) navigate(homeRoute(me.role), true);
  }, [allowed, me.role]);

  if (!allowed) return null;
  switch (route.screen) {
    case 'guides':
      return <GuideList />;
    case 'editor':
      return <GuideEditor guideId={route.guideId} lang={route.lang} />;
    case 'categories':
      return <Categories />;
    case 'media':
      return <Media />;
    case 'publish':
      return <Publish />;
    case 'versions':
      return <Versions />;
    case 'pack':
      return <ContentPack />;
    case 'requests':
      return <Requests />;
    case 'times':
      return <Times />;
    case 'fleet':
      return <FleetView me={me} />;
    case 'kiosk':
      return <KioskDetailScreen kioskId={route.kioskId} me={me} />;
    case 'enrol':
      return <Enrol />;
    case 'kioskDefaults':
      return <BranchDefaults />;
    case 'accounts':
      return <Accounts me={me} />;
    case 'audit':
      return <AuditLog />;
    case 'account':
      return <Account me={me} />;
  }
}
