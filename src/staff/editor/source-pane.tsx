import { languageFor, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { GuideText } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { TextMeta } from './text-meta.js';

/** The Swedish text, read-only (but selectable and scrollable), to translate from. */
export function SourcePane({ text }: { text: GuideText | undefined }) {
  const { t } = useTranslation();
  const swedish = languageFor(SOURCE_LANGUAGE);
  return (
    <div class="pane">
      <label for="source-text" class="pane-label">
        <span lang={swedish.htmlLang}>{swedish.nativeName}</span> {t('editor.source')}
      </label>
      <TextMeta text={text} />
      <textarea
        id="source-text"
        class="markdown"
        readOnly
        lang={swedish.htmlLang}
        dir={swedish.dir}
        value={text?.markdown ?? ''}
        spellcheck={false}
      />
    </div>
  );
}
