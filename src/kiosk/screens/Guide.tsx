import { useEffect, useRef, useState } from 'preact/hooks';
import { loadGuide } from '../../client/content-store.js';
import type { GuideTranslation, Manifest } from '../../domain/content.js';
import { stepText } from '../../domain/guide-text.js';
import { takeAwayUrl } from '../../domain/kiosk-config.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { StepBlocks } from '../../ui/step-blocks.js';
import { StepLinkCodes, TakeAwayCode } from '../guide/TakeAway.js';
import { useSpeech } from '../guide/use-speech.js';
import { VideoPlayer } from '../guide/VideoPlayer.js';

interface GuideProps {
  manifest: Manifest;
  slug: string;
  step: number;
  /** Origin for take-away links (the server's public address). */
  publicUrl: string;
  onStep: (step: number) => void;
  onHome: () => void;
  /** Opens the request for a help session, with this guide as its topic. */
  onRequestHelp: (topic: string) => void;
  onVideoPlaying: (playing: boolean) => void;
}

/** One guide, one step at a time, read from IndexedDB. */
export function Guide({ manifest, slug, step, publicUrl, onStep, onHome, onRequestHelp, onVideoPlaying }: GuideProps) {
  const { t, lang } = useTranslation();
  const [guide, setGuide] = useState<GuideTranslation | null | undefined>(undefined);
  const [showVideo, setShowVideo] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const speech = useSpeech(guide?.lang ?? lang);

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
    speech.stop();
    if (guide) {
      // Read by `npm run bench` (tap → step painted): a task after the next frame follows its paint.
      requestAnimationFrame(() => setTimeout(() => performance.mark('guide-step-painted')));
    }
  }, [guide, step]);

  if (guide === undefined) return <main class="guide" aria-busy="true" />;
  if (guide === null) {
    return (
      <main class="guide">
        <p>{t('guide.notFound')}</p>
        <button type="button" class="primary" onClick={onHome}>
          {t('topBar.home')}
        </button>
      </main>
    );
  }

  const total = guide.steps.length;
  const index = Math.min(Math.max(step, 0), total - 1);
  const current = guide.steps[index];
  const guideLanguage = languageFor(guide.lang);
  // A guide shown in Swedish because it lacks the visitor's language says so to screen readers.
  const foreign = guide.lang !== lang;
  return (
    <main
      class="guide"
      lang={foreign ? guideLanguage.htmlLang : undefined}
      dir={foreign ? guideLanguage.dir : undefined}
    >
      <p class="guide-title">{guide.title}</p>
      {guide.draft && <p class="draft-note">{t('guide.draft')}</p>}
      {guide.video && (
        <div class="video-area">
          {showVideo ? (
            <>
              <VideoPlayer video={guide.video} lang={lang} label={guide.title} onPlayingChange={onVideoPlaying} />
              <button type="button" class="secondary" onClick={() => setShowVideo(false)}>
                {t('guide.videoClose')}
              </button>
            </>
          ) : (
            <button type="button" class="secondary" onClick={() => setShowVideo(true)}>
              {t('guide.video')}
            </button>
          )}
        </div>
      )}
      <p class="step-count">{t('guide.stepOf', { current: index + 1, total })}</p>
      <article class="step">
        <h1 tabIndex={-1} ref={heading}>
          {current?.title}
        </h1>
        {speech.available && current && (
          <button
            type="button"
            class="secondary read-aloud"
            aria-pressed={speech.speaking}
            onClick={() => (speech.speaking ? speech.stop() : speech.speak(stepText(current)))}
          >
            {speech.speaking ? t('guide.stopReading') : t('guide.readAloud')}
          </button>
        )}
        {current && (
          <StepBlocks
            blocks={current.blocks}
            noteLabels={{ tip: t('guide.tip'), warning: t('guide.warning') }}
            rtl={guideLanguage.dir === 'rtl'}
          />
        )}
        {current && <StepLinkCodes step={current} />}
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
      <section class="help-request" aria-labelledby="guide-request">
        <h2 id="guide-request">{t('guide.requestHeading')}</h2>
        <button type="button" class="secondary" onClick={() => onRequestHelp(guide.id)}>
          {t('guide.requestButton')}
        </button>
      </section>
      <TakeAwayCode url={takeAwayUrl(publicUrl, guide.id, lang)} title={guide.title} />
    </main>
  );
}
