import { useEffect, useRef, useState } from 'preact/hooks';
import { loadGuide } from '../../client/content-store.js';
import type { GuideTranslation, Manifest } from '../../domain/content.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { StepBlocks } from '../../ui/step-blocks.js';

interface GuideProps {
  manifest: Manifest;
  slug: string;
  step: number;
  onStep: (step: number) => void;
  onHome: () => void;
}

/** One guide, one step at a time, read from IndexedDB. */
export function Guide({ manifest, slug, step, onStep, onHome }: GuideProps) {
  const { t, lang } = useTranslation();
  const [guide, setGuide] = useState<GuideTranslation | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void loadGuide(manifest, slug, lang).then((g) => current && setGuide(g ?? null));
    return () => {
      current = false;
    };
  }, [manifest, slug, lang]);

  useEffect(() => {
    // Move focus to the new step so keyboard and screen-reader users start reading there.
    heading.current?.focus();
  }, [guide, step]);

  if (guide === undefined) return <main class="guide" aria-busy="true" />;
  if (guide === null) {
    return (
      <main class="guide">
        <p>{t('guide.notFound')}</p>
        <button type="button" class="primary" onClick={onHome}>
          {t('guide.home')}
        </button>
      </main>
    );
  }

  const total = guide.steps.length;
  const index = Math.min(Math.max(step, 0), total - 1);
  const current = guide.steps[index];
  const guideLanguage = languageFor(guide.lang);
  return (
    <main class="guide" lang={guide.lang === lang ? undefined : guideLanguage.htmlLang} dir={guideLanguage.dir}>
      <header class="guide-header">
        <button type="button" class="secondary" onClick={onHome}>
          {t('guide.home')}
        </button>
        <p class="guide-title">{guide.title}</p>
      </header>
      {guide.draft && <p class="draft-note">{t('guide.draft')}</p>}
      <p class="step-count">{t('guide.stepOf', { current: index + 1, total })}</p>
      <article class="step">
        <h1 tabIndex={-1} ref={heading}>
          {current?.title}
        </h1>
        {current && <StepBlocks blocks={current.blocks} />}
      </article>
      <nav class="step-nav">
        <button type="button" class="secondary" disabled={index === 0} onClick={() => onStep(index - 1)}>
          {t('guide.back')}
        </button>
        {index < total - 1 ? (
          <button type="button" class="primary" onClick={() => onStep(index + 1)}>
            {t('guide.next')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={onHome}>
            {t('guide.done')}
          </button>
        )}
      </nav>
    </main>
  );
}
