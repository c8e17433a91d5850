import type { MediaFileInfo } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatBytes } from '../components/format.js';

/** The uploaded files by path, with their media type and size. */
export function MediaTable({ files }: { files: readonly MediaFileInfo[] }) {
  const { t, lang } = useTranslation();
  if (files.length === 0) return <p>{t('media.empty')}</p>;
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  return (
    <div class="table-scroll">
      <table class="media-table">
        <caption class="visually-hidden">{t('media.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('media.path')}</th>
            <th scope="col">{t('media.type')}</th>
            <th scope="col" class="number">
              {t('media.size')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((file) => (
            <tr key={file.path}>
              <th scope="row">
                <code>{file.path}</code>
              </th>
              <td>
                <code>{file.type}</code>
              </td>
              <td class="number">{formatBytes(file.size, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
