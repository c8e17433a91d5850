import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../domain/languages.js';
import type { Preview } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { GuideStep, guideStepStrings } from '../../kiosk/guide/GuideStep.js';
import { kioskStringsFor } from './kiosk-strings.js';
import { type Orientation, PreviewFrame, TABLET } from './preview-frame.js';

/**
 * The text as the kiosk will show it: the kiosk's own step component, stylesheet and strings (in
 * the language being edited), one step at a time, in a tablet-sized frame either way round.
 */
export function GuidePreview({ preview, language }: { preview: Preview; language: Language }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const kioskT = useKioskStrings(language.code);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepped = useRef(false);

  const total = preview.steps.length;
  // A new preview of a shorter text keeps the editor as near the step they were reading as it can.
  const index = Math.min(step, Math.max(total - 1, 0));
  const go = (next: number) => {
    stepped.current = true;
    setStep(next);
  };

  useEffect(() => {
    // As on the kiosk, a new step starts at its top with focus on its heading, but only when the
    // editor stepped: a new preview must not pull focus away from the text being written.
    if (!stepped.current) return;
    stepped.current = false;
    heading.current?.ownerDocument.defaultView?.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [index]);

  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">
        {t('editor.previewHeading')}{' '}
        <span lang={language.htmlLang} dir={language.dir}>
          {language.nativeName}
        </span>
      </h2>
      <fieldset class="preview-orientation">
        <legend class="visually-hidden">{t('editor.previewOrientation')}</legend>
        {(Object.keys(TABLET) as Orientation[]).map((way) => (
          <button key={way} type="button" aria-pressed={orientation === way} onClick={() => setOrientation(way)}>
            {way === 'landscape' ? t('editor.previewLandscape') : t('editor.previewPortrait')}
          </button>
        ))}
      </fieldset>
      <PreviewFrame language={language} orientation={orientation} title={t('editor.previewFrame')}>
        {kioskT && (
          <main class="guide">
            <GuideStep
              guideTitle={preview.title}
              step={preview.steps[index]}
              index={index}
              total={total}
              language={language}
              strings={guideStepStrings(kioskT)}
              headingRef={heading}
              // The kiosk leaves the guide from its first step and goes Home from its last; the
              // preview has nowhere to leave to, so it stays, and starts again from the last.
              onBack={() => index > 0 && go(index - 1)}
              onNext={() => go(index + 1)}
              onDone={() => go(0)}
            />
          </main>
        )}
      </PreviewFrame>
    </section>
  );
}

/** The kiosk's strings in a language, once loaded (undefined until then). */
function useKioskStrings(code: string): TFunction | undefined {
  const [loaded, setLoaded] = useState<{ code: string; t: TFunction } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void kioskStringsFor(code).then((t) => current && setLoaded({ code, t }));
    return () => {
      current = false;
    };
  }, [code]);
  return loaded?.code === code ? loaded.t : undefined;
}
