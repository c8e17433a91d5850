import { useEffect, useRef } from 'preact/hooks';
import { mediaUrl } from '../../domain/cache-names.js';
import type { VideoRef } from '../../domain/content.js';
import { languageFor, SOURCE_LANGUAGE } from '../../domain/languages.js';

interface VideoPlayerProps {
  video: VideoRef;
  lang: string;
  label: string;
  /** Told when playback starts and stops, so the idle reset waits while a video plays. */
  onPlayingChange: (playing: boolean) => void;
}

/**
 * A video from the media cache with captions in every language it has, the visitor's language
 * shown by default (Swedish where it has none). Plays and seeks offline: the service worker
 * answers the Range requests from the cached file.
 */
export function VideoPlayer({ video, lang, label, onPlayingChange }: VideoPlayerProps) {
  const element = useRef<HTMLVideoElement>(null);
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

  return (
    // biome-ignore lint/a11y/useMediaCaption: the caption tracks are rendered from the list below
    <video
      ref={element}
      class="video"
      aria-label={label}
      controls
      playsInline
      preload="metadata"
      controlsList="nodownload noremoteplayback"
      disablePictureInPicture
      src={mediaUrl(video.media)}
      onPlay={() => onPlayingChange(true)}
      onPause={() => onPlayingChange(false)}
      onEnded={() => onPlayingChange(false)}
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
  );
}
