import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LanguageSwitch } from './language-switch.js';
import { MainNav } from './main-nav.js';
import { roleLabel } from './role-label.js';

interface TopBarProps {
  me: Me | null;
  onSignOut: () => void;
}

/** The console's name, the screens the role may use, who is signed in, language and sign-out. */
export function TopBar({ me, onSignOut }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header class="top-bar">
      <p class="app-name">{t('app.name')}</p>
      {me && <MainNav role={me.role} />}
      <div class="top-bar-tools">
        {me && (
          <p class="signed-in-as">{t('app.signedInAs', { username: me.username, role: roleLabel(t, me.role) })}</p>
        )}
        <LanguageSwitch />
        {me && (
          <button type="button" onClick={onSignOut}>
            {t('app.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
