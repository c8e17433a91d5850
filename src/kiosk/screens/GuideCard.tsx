import type { GuideTranslation } from '../../domain/content.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** A guide as a large button: title and summary, marked with its language where it is a fallback. */
export function GuideCard({ guide, onOpen }: { guide: GuideTranslation; onOpen: (slug: string) => void }) {
  const { lang } = useTranslation();
  const foreign = guide.lang !== lang ? languageFor(guide.lang) : undefined;
  return (
    <button
      type="button"
      class="guide-card"
      onClick={() => onOpen(guide.id)}
      lang={foreign?.htmlLang}
      dir={foreign?.dir}
    >
      <span class="guide-card-title">{guide.title}</span>
      <span class="guide-card-summary">{guide.summary}</span>
    </button>
  );
}
