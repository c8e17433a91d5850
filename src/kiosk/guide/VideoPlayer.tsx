import { Pause, Play, RotateCcw } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { mediaUrl } from '../../domain/cache-names.js';
import type { VideoRef } from '../../domain/content.js';
import { languageFor, SOURCE_LANGUAGE } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

interface VideoPlayerProps {
  video: VideoRef;
  lang: string;
  label: string;
  /** Told when playback starts and stops, so the idle reset waits while a video plays. */
  onPlayingChange: (playing: boolean) => void;
}

/** How far the back button goes: enough to hear a sentence again. */
const BACK_SECONDS = 10;

/**
 * A video from the media cache with captions in every language it has, the visitor's language
 * shown by default (Swedish where it has none). For a visitor, not a web page: one large labelled
 * play button over the picture, a tap on the picture plays and pauses, a large pause and "back
 * 10 s"; no small browser controls. Plays and seeks offline: the service worker answers the Range
 * requests from the cached file.
 */
export function VideoPlayer({ video, lang, label, onPlayingChange }: VideoPlayerProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const shown = video.captions.some((c) => c.lang === lang) ? lang : SOURCE_LANGUAGE;

  useEffect(() => {
    // `default` only applies when the element first loads; set the mode so a language change shows too.
    const tracks = element.current?.textTracks;
    if (!tracks) return;
    video.captions.forEach((caption, i) => {
      const track = tracks[i];
      if (track) track.mode = caption.lang === shown ? 'showing' : 'disabled';
    });
  }, [video, shown]);

  useEffect(() => () => onPlayingChange(false), [onPlayingChange]);

  const changed = (now: boolean) => {
    setPlaying(now);
    onPlayingChange(now);
  };
  const toggle = () => {
    const player = element.current;
    if (!player) return;
    // A refused play (no media yet) leaves the play button up; there is nothing else to tell.
    if (player.paused) player.play().catch(() => undefined);
    else player.pause();
  };
  const back = () => {
    const player = element.current;
    if (player) player.currentTime = Math.max(0, player.currentTime - BACK_SECONDS);
  };

  return (
    <div class="video-player" data-playing={playing}>
      <div class="video-frame">
        {/* biome-ignore lint/a11y/useMediaCaption: the caption tracks are rendered from the list below */}
        <video
          ref={element}
          class="video"
          aria-label={label}
          playsInline
          preload="metadata"
          disablePictureInPicture
          src={mediaUrl(video.media)}
          // The tap on the picture repeats the buttons, which keyboards and screen readers use.
          onClick={toggle}
          onPlay={() => changed(true)}
          onPause={() => changed(false)}
          onEnded={() => changed(false)}
        >
          {video.captions.map((caption) => {
            const language = languageFor(caption.lang);
            return (
              <track
                key={caption.lang}
                kind="captions"
                srclang={language.htmlLang}
                label={language.nativeName}
                src={mediaUrl(caption.media)}
                default={caption.lang === shown}
              />
            );
          })}
        </video>
        {!playing && (
          <button type="button" class="video-play primary" onClick={toggle}>
            <Play size={56} strokeWidth={1.75} aria-hidden="true" focusable="false" />
            <span>{t('videoPlayer.play')}</span>
          </button>
        )}
      </div>
      <div class="video-controls">
        {playing && (
          <button type="button" class="video-pause" onClick={toggle}>
            <Pause size={32} strokeWidth={1.75} aria-hidden="true" focusable="false" />
            <span>{t('videoPlayer.pause')}</span>
          </button>
        )}
        <button type="button" class="video-back" onClick={back}>
          <RotateCcw size={32} strokeWidth={1.75} aria-hidden="true" focusable="false" />
          <span>{t('videoPlayer.back', { seconds: BACK_SECONDS })}</span>
        </button>
      </div>
    </div>
  );
}
