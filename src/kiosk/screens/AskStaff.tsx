import { useTranslation } from '../../i18n/use-translation.js';

/** What staff can and cannot help with: they guide, the visitor does the steps. */
export function AskStaff({ onBack, onRequestHelp }: { onBack: () => void; onRequestHelp: () => void }) {
  const { t } = useTranslation();
  return (
    <main class="ask-staff">
      <h1>{t('askStaff.heading')}</h1>
      <p>{t('askStaff.howTo')}</p>
      <p>{t('askStaff.canHelp')}</p>
      <p>{t('askStaff.cannotHelp')}</p>
      <aside class="note note-warning">
        <strong class="note-label">{t('guide.warning')}</strong> {t('askStaff.neverShare')}
      </aside>
      <section class="help-request" aria-labelledby="ask-staff-request">
        <h2 id="ask-staff-request">{t('askStaff.requestHeading')}</h2>
        <p>{t('askStaff.requestBody')}</p>
        <button type="button" class="primary" onClick={onRequestHelp}>
          {t('home.requestButton')}
        </button>
      </section>
      <button type="button" class="secondary" onClick={onBack}>
        {t('guide.back')}
      </button>
    </main>
  );
}
