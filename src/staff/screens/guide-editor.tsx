import { useEffect } from 'preact/hooks';
import { LANGUAGES, languageFor, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { GuideDetail } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { statusLabel } from '../components/status-chip.js';
import { useLoad } from '../components/use-load.js';
import { readSession, writeSession } from '../components/use-session-state.js';
import { GuidePlacement } from '../editor/guide-placement.js';
import { GuideVideo } from '../editor/guide-video.js';
import { SourcePane } from '../editor/source-pane.js';
import { TextForm } from '../editor/text-form.js';
import { textStatus, titleOf } from '../editor/text-status.js';
import { hrefOf, navigate } from '../routes.js';

const TARGET_KEY = 'staff-editor-language';

/**
 * One guide: the Swedish source, read-only, beside the text of the language being translated.
 * The language is part of the address, so a translator can bookmark "BankID in Somali".
 */
export function GuideEditor({ guideId, lang }: { guideId: string; lang: string | null }) {
  const { t } = useTranslation();
  const detail = useLoad(() => api.guide(guideId), [guideId]);
  const known = LANGUAGES.some((l) => l.code === lang);

  useEffect(() => {
    // No language (or an unknown one) in the address: the one this translator worked in last.
    if (!known) navigate({ screen: 'editor', guideId, lang: readSession(TARGET_KEY) ?? 'en' }, true);
    else if (lang) writeSession(TARGET_KEY, lang);
  }, [known, guideId, lang]);

  if (!known || !lang) return null;
  const language = languageFor(lang);
  const guide: GuideDetail | undefined = detail.data;
  const source = guide?.texts[SOURCE_LANGUAGE];
  const title = (source && titleOf(source.markdown)) || guideId;
  const editingSource = lang === SOURCE_LANGUAGE;

  return (
    <section class="editor">
      <p class="breadcrumb">
        <a href={hrefOf({ screen: 'guides' })}>{t('editor.backToList')}</a>
      </p>
      <ScreenHeading title={t('editor.title', { title })}>
        {t('editor.heading')} <span lang="sv">{title}</span>
      </ScreenHeading>
      <div class="field inline-field">
        <label for="editor-language">{t('editor.language')}</label>
        <select
          id="editor-language"
          value={lang}
          onChange={(e) => navigate({ screen: 'editor', guideId, lang: e.currentTarget.value }, true)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {guide ? `${l.nativeName} – ${statusLabel(t, textStatus(guide.texts[l.code]))}` : l.nativeName}
            </option>
          ))}
        </select>
      </div>
      <ProblemMessage error={detail.error} />
      {guide && (
        <div class={editingSource ? 'panes single' : 'panes'}>
          {!editingSource && <SourcePane text={source} />}
          <TextForm
            key={`${guideId}/${lang}`}
            guideId={guideId}
            language={language}
            saved={guide.texts[lang]}
            source={source}
            onSaved={detail.replace}
          />
        </div>
      )}
      {guide && <GuidePlacement key={guide.id} guide={guide} onSaved={detail.replace} />}
      {guide && <GuideVideo key={guide.id} guide={guide} onSaved={detail.replace} />}
    </section>
  );
}
