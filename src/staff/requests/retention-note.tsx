import { useTranslation } from '../../i18n/use-translation.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';

/** How long names and contact details are kept; said where helpers see them. */
export function RetentionNote() {
  const { t } = useTranslation();
  const retention = useLoad(() => helpApi.retention(), []);
  // Without the number the sentence would promise nothing; leave it out rather than guess.
  if (!retention.data) return null;
  return <p class="note-text">{t('requests.retention', { count: retention.data.days })}</p>;
}
