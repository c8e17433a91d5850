import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** How files are named, and how captions find their video: `video-x.<language code>.vtt`. */
export function NamingRule() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="naming-heading">
      <h2 id="naming-heading">{t('media.namingHeading')}</h2>
      <p>{t('media.namingFiles')}</p>
      <p>{t('media.namingCaptions')}</p>
      <table class="language-codes">
        <caption>{t('media.codesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('media.code')}</th>
            <th scope="col">{t('media.language')}</th>
            <th scope="col">{t('media.example')}</th>
          </tr>
        </thead>
        <tbody>
          {LANGUAGES.map((l) => (
            <tr key={l.code}>
              <th scope="row">
                <code>{l.code}</code>
              </th>
              <td>
                <span lang={l.htmlLang} dir={l.dir}>
                  {l.nativeName}
                </span>
              </td>
              <td>
                <code>video-x.{l.code}.vtt</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
