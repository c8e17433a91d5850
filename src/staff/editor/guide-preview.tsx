import type { Language } from '../../domain/languages.js';
import type { Preview } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { StepBlocks } from '../../ui/step-blocks.js';

/** The text as the kiosk will show it, every step after another, drawn by the kiosk's own StepBlocks. */
export function GuidePreview({ preview, language }: { preview: Preview; language: Language }) {
  const { t } = useTranslation();
  const rtl = language.dir === 'rtl';
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">
        {t('editor.previewHeading')}{' '}
        <span lang={language.htmlLang} dir={language.dir}>
          {language.nativeName}
        </span>
      </h2>
      <div class="preview-page" lang={language.htmlLang} dir={language.dir}>
        <h3>{preview.title}</h3>
        <p class="preview-summary">{preview.summary}</p>
        <ol class="preview-steps">
          {preview.steps.map((step, index) => (
            <li key={index} class="step">
              <h4>{step.title}</h4>
              <StepBlocks
                blocks={step.blocks}
                noteLabels={{ tip: t('editor.noteTip'), warning: t('editor.noteWarning') }}
                rtl={rtl}
              />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
