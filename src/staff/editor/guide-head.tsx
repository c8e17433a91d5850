import type { GuideDoc } from '../../domain/guide-blocks.js';
import type { Language } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { BlocksAction } from './blocks-state.js';

interface GuideHeadProps {
  doc: GuideDoc;
  source: GuideDoc | undefined;
  language: Language;
  dispatch: (action: BlocksAction) => void;
}

/** The guide's title and summary, each beside the Swedish when translating. */
export function GuideHead({ doc, source, language, dispatch }: GuideHeadProps) {
  const { t } = useTranslation();
  const text = { lang: language.htmlLang, dir: language.dir };
  const named = { language: language.nativeName };
  return (
    <section class={source ? 'block-step aligned' : 'block-step'} aria-labelledby="guide-head-heading">
      <h3 id="guide-head-heading">{t('blockEditor.head')}</h3>
      <div class="block-rows">
        {source && (
          <div lang="sv" class="source-block">
            {source.title}
          </div>
        )}
        <div class="block-field">
          <label for="guide-title">{t('blockEditor.title', named)}</label>
          <input
            id="guide-title"
            {...text}
            value={doc.title}
            onInput={(e) => dispatch({ type: 'title', value: e.currentTarget.value })}
          />
        </div>
        {source && (
          <div lang="sv" class="source-block">
            {source.summary}
          </div>
        )}
        <div class="block-field">
          <label for="guide-summary">{t('blockEditor.summary', named)}</label>
          <textarea
            id="guide-summary"
            {...text}
            rows={3}
            value={doc.summary}
            onInput={(e) => dispatch({ type: 'summary', value: e.currentTarget.value })}
          />
        </div>
      </div>
    </section>
  );
}
