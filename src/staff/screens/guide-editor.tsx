import { useEffect } from 'preact/hooks';
import type { GuideDoc } from '../../domain/guide-blocks.js';
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
import { TextForm } from '../editor/text-form.js';
import { textStatus, titleOf } from '../editor/text-status.js';
import { hrefOf, navigate } from '../routes.js';

const TARGET_KEY = 'staff-editor-language';

/**
 * One guide: the text of the language being edited, step by step, each step beside the Swedish one.
 * The language is part of the address, so a translator can bookmark "BankID in Somali".
 */
export function GuideEditor({ guideId, lang }: { guideId: string; lang: string | null }) {
  const { t } = useTranslation();
  const detail = useLoad(() => api.guide(guideId), [guideId]);
  // The Markdown parser comes with the editor only, not with every screen of the console.
  const parser = useLoad(() => import('../../domain/guide-blocks-parse.js'), []);
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
  const parse = parser.data?.parseGuideBlocks;
  let sourceDoc: GuideDoc | undefined;
  try {
    sourceDoc = !editingSource && parse && source ? parse(source.markdown) : undefined;
  } catch {
    sourceDoc = undefined; // the form below says what it cannot show
  }

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
      <ProblemMessage error={detail.error ?? parser.error} />
      {guide && parse && (
        <TextForm
          key={`${guideId}/${lang}`}
          guideId={guideId}
          language={language}
          saved={guide.texts[lang]}
          source={sourceDoc}
          parse={parse}
          onSaved={detail.replace}
        />
      )}
      {guide && <GuidePlacement key={guide.id} guide={guide} onSaved={detail.replace} />}
      {guide && <GuideVideo key={guide.id} guide={guide} onSaved={detail.replace} />}
    </section>
  );
}
