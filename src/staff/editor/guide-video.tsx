import { useState } from 'preact/hooks';
import type { GuideDetail, MediaFileInfo } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useLoad } from '../components/use-load.js';
import { captionsFor, isVideo } from '../media/media-rules.js';
import { hrefOf } from '../routes.js';

/** The guide's video, chosen among the uploaded .mp4 and .webm files (or none), and its captions. */
export function GuideVideo({ guide, onSaved }: { guide: GuideDetail; onSaved: (guide: GuideDetail) => void }) {
  const { t } = useTranslation();
  const media = useLoad(() => api.media(), []);
  const [choice, setChoice] = useState(guide.video ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const files = media.data?.files ?? [];
  const videos = files.filter((f) => isVideo(f.path)).map((f) => f.path);
  // The attached video stays choosable even if the list does not (yet) have it.
  if (guide.video && !videos.includes(guide.video)) videos.push(guide.video);
  videos.sort();

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const saved = await api.setGuideVideo(guide.id, choice || null);
      onSaved(saved);
      setDone(saved.video ? t('editor.videoSaved', { path: saved.video }) : t('editor.videoRemoved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="guide-video" aria-labelledby="guide-video-heading">
      <h2 id="guide-video-heading">{t('editor.videoHeading')}</h2>
      <form class="filters" onSubmit={(e) => void save(e)}>
        <div class="field">
          <label for="guide-video">{t('editor.videoChoose')}</label>
          <select id="guide-video" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">{t('editor.videoNone')}</option>
            {videos.map((path) => (
              <option key={path} value={path}>
                {path}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy || choice === (guide.video ?? '')}>
          {t('editor.videoSave')}
        </button>
      </form>
      <p role="status" class="success">
        {done}
      </p>
      <ProblemMessage error={media.error ?? error} />
      {choice && media.data && <Captions video={choice} files={files} />}
      <p class="hint">
        {t('editor.videoMediaHint')} <a href={hrefOf({ screen: 'media' })}>{t('editor.videoToMedia')}</a>
      </p>
    </section>
  );
}

/** Which languages have a captions file named by the rule for this video. */
function Captions({ video, files }: { video: string; files: readonly MediaFileInfo[] }) {
  const { t } = useTranslation();
  const languages = captionsFor(video, files);
  if (languages.length === 0) return <p>{t('editor.videoNoCaptions', { path: video })}</p>;
  return (
    <>
      <p id="guide-video-captions">{t('editor.videoCaptions', { path: video, count: languages.length })}</p>
      <ul class="caption-languages" aria-labelledby="guide-video-captions">
        {languages.map((l) => (
          <li key={l.code}>
            <span lang={l.htmlLang} dir={l.dir}>
              {l.nativeName}
            </span>{' '}
            (<code>{l.code}</code>)
          </li>
        ))}
      </ul>
    </>
  );
}
