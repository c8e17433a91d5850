import { useTranslation } from '../../i18n/use-translation.js';
import { PACK_URL } from '../api.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { PackImport } from '../pack/pack-import.js';

/**
 * Content packs: every guide, category and media file in one JSON file, to move content between
 * servers or keep a copy. Export downloads one; import replaces the guides and categories here.
 */
export function ContentPack() {
  const { t } = useTranslation();
  return (
    <section>
      <ScreenHeading title={t('pack.heading')}>{t('pack.heading')}</ScreenHeading>
      <p>{t('pack.intro')}</p>
      <section aria-labelledby="pack-export-heading">
        <h2 id="pack-export-heading">{t('pack.exportHeading')}</h2>
        <p id="pack-export-hint">{t('pack.exportHint')}</p>
        <p>
          <a
            class="button-link"
            href={PACK_URL}
            download="servicepunkt-content.json"
            aria-describedby="pack-export-hint"
          >
            {t('pack.export')}
          </a>
        </p>
      </section>
      <PackImport />
    </section>
  );
}
