import { useTranslation } from '../../i18n/use-translation.js';

interface SettingOriginProps {
  /** Whether this level sets the value itself. */
  own: boolean;
  /** What the value is inherited from: the kiosk's branch, or the server's defaults. */
  from: 'branch' | 'default';
  /** The setting's name, so the button says which setting it gives back. */
  name: string;
  onInherit: () => void;
}

/** Whether a setting is this level's own or inherited, with the way back to inherited. */
export function SettingOrigin({ own, from, name, onInherit }: SettingOriginProps) {
  const { t } = useTranslation();
  if (!own)
    return (
      <p class="hint setting-origin">
        {from === 'branch' ? t('kioskSettings.fromBranch') : t('kioskSettings.fromDefault')}
      </p>
    );
  return (
    <p class="hint setting-origin">
      <span class="own-mark">{t('kioskSettings.own')}</span>{' '}
      <button type="button" class="link-button" onClick={onInherit}>
        {from === 'branch' ? t('kioskSettings.useBranch') : t('kioskSettings.useDefault')}
        <span class="visually-hidden"> ({name})</span>
      </button>
    </p>
  );
}
