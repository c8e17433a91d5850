import type { KioskSettings } from '../../domain/kiosk-settings.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LanguageName, LanguageNames } from '../times/labels.js';

/** The settings a kiosk follows, read-only (for helpers). */
export function SettingsSummary({ settings }: { settings: KioskSettings }) {
  const { t } = useTranslation();
  return (
    <dl class="facts">
      <dt>{t('kioskSettings.languages')}</dt>
      <dd>
        <LanguageNames codes={settings.languages} none="–" />
      </dd>
      <dt>{t('kioskSettings.defaultLanguage')}</dt>
      <dd>
        <LanguageName code={settings.defaultLanguage} />
      </dd>
      <dt>{t('kioskSettings.idleTimeout')}</dt>
      <dd>{settings.idleTimeoutSeconds}</dd>
      <dt>{t('kioskSettings.categories')}</dt>
      <dd>{settings.categories === null ? t('kioskSettings.allCategories') : settings.categories.join(', ') || '–'}</dd>
      <dt>{t('kioskSettings.reminderChannels')}</dt>
      <dd>{settings.reminderChannels.length > 0 ? t('kioskSettings.channelEmail') : '–'}</dd>
    </dl>
  );
}
