import { MEDIA_LIMITS } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { formatLimit } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { DropZone } from '../media/drop-zone.js';
import { EXTENSIONS, type MediaKind } from '../media/media-rules.js';
import { MediaTable } from '../media/media-table.js';
import { NamingRule } from '../media/naming-rule.js';
import { UploadList } from '../media/upload-list.js';
import { useUploads } from '../media/use-uploads.js';

/** Images, videos and captions for the guides: upload (drop or choose), see what is there, and how to name it. */
export function Media() {
  const { t, lang } = useTranslation();
  const list = useLoad(() => api.media(), []);
  const uploads = useUploads(() => void list.reload());
  const accepted = (kind: MediaKind) => ({
    extensions: EXTENSIONS[kind].join(' '),
    limit: formatLimit(MEDIA_LIMITS[kind], lang),
  });

  return (
    <section>
      <ScreenHeading title={t('media.heading')}>{t('media.heading')}</ScreenHeading>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t('media.uploadHeading')}</h2>
        <ul class="hint-list" id="media-accepted">
          <li>{t('media.acceptedImages', { ...accepted('image'), svgLimit: formatLimit(MEDIA_LIMITS.svg, lang) })}</li>
          <li>{t('media.acceptedVideos', accepted('video'))}</li>
          <li>{t('media.acceptedCaptions', accepted('captions'))}</li>
        </ul>
        <DropZone onFiles={uploads.add} describedBy="media-accepted" />
        <UploadList items={uploads.items} onClear={uploads.clearFinished} />
      </section>
      <NamingRule />
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">{t('media.filesHeading')}</h2>
        <ProblemMessage error={list.error} />
        {list.data ? <MediaTable files={list.data.files} /> : !list.error && <p aria-busy="true">{t('app.loading')}</p>}
      </section>
    </section>
  );
}
