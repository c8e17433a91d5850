import { useEffect, useRef, useState } from 'preact/hooks';
import { loadGuide } from '../../client/content-store.js';
import type { GuideTranslation, Manifest } from '../../domain/content.js';
import { stepText } from '../../domain/guide-text.js';
import { takeAwayUrl } from '../../domain/kiosk-config.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import '../chrome/action-bar.css';
import '../chrome/step-counter.css';
import { useStartAtTop } from '../chrome/use-start-at-top.js';
import { GuideStep, guideStepStrings } from '../guide/GuideStep.js';
import { TakeAwayCode } from '../guide/TakeAway.js';
import { useSpeech } from '../guide/use-speech.js';
import { VideoPlayer } from '../guide/VideoPlayer.js';

interface GuideProps {
  manifest: Manifest;
  slug: string;
  /**
   * The guide as Home already read it (in the visitor's language, from `manifest`), when it is at
   * hand: then the first step shows with the tap's own render, without a read from IndexedDB.
   */
  known?: GuideTranslation | undefined;
  step: number;
  /** Origin for take-away links (the server's public address). */
  publicUrl: string;
  onStep: (step: number) => void;
  /** Back from the first step: to where the visitor came from. */
  onLeave: () => void;
  onHome: () => void;
  /** Opens the request for a help session, with this guide as its topic. */
  onRequestHelp: (topic: string) => void;
  onVideoPlaying: (playing: boolean) => void;
}

/** One guide, one step at a time, read from IndexedDB. */
export function Guide(props: GuideProps) {
  const { manifest, slug, known, step, publicUrl, onStep, onLeave, onHome, onRequestHelp, onVideoPlaying } = props;
  const { t, lang } = useTranslation();
  const [read, setRead] = useState<{ of: string; guide: GuideTranslation | null } | null>(null);
  const readKey = `${manifest.version} ${slug} ${lang}`;
  // A read for another guide or language (the screen is reused) is never shown for this one.
  const guide = known ?? (read?.of === readKey ? read.guide : undefined);
  const [showVideo, setShowVideo] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const speech = useSpeech(guide?.lang ?? lang);

  useEffect(() => {
    if (known) return;
    let current = true;
    void loadGuide(manifest, slug, lang).then((g) => current && setRead({ of: readKey, guide: g ?? null }));
    return () => {
      current = false;
    };
  }, [manifest, slug, lang, known, readKey]);

  useStartAtTop(heading, [guide, step]);
  useEffect(() => {
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
      <GuideStep
        guideTitle={guide.title}
        step={current}
        index={index}
        total={total}
        language={guideLanguage}
        strings={guideStepStrings(t)}
        headingRef={heading}
        header={
          <>
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
          </>
        }
        tools={
          speech.available &&
          current && (
            <button
              type="button"
              class="secondary read-aloud"
              aria-pressed={speech.speaking}
              onClick={() => (speech.speaking ? speech.stop() : speech.speak(stepText(current)))}
            >
              {speech.speaking ? t('guide.stopReading') : t('guide.readAloud')}
            </button>
          )
        }
        footer={
          <>
            <section class="help-request" aria-labelledby="guide-request">
              <h2 id="guide-request">{t('guide.requestHeading')}</h2>
              <button type="button" class="secondary" onClick={() => onRequestHelp(guide.id)}>
                {t('guide.requestButton')}
              </button>
            </section>
            <TakeAwayCode url={takeAwayUrl(publicUrl, guide.id, lang)} title={guide.title} />
          </>
        }
        onBack={() => (index === 0 ? onLeave() : onStep(index - 1))}
        onNext={() => onStep(index + 1)}
        onDone={onHome}
      />
    </main>
  );
}
