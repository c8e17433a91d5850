import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../domain/languages.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { GuideDetail, GuideText, Preview } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { readSession, writeSession } from '../components/use-session-state.js';
import { GuidePreview } from './guide-preview.js';
import { TextMeta } from './text-meta.js';

interface TextFormProps {
  guideId: string;
  language: Language;
  /** The text as stored; undefined when the language has none yet. */
  saved: GuideText | undefined;
  source: GuideText | undefined;
  onSaved: (guide: GuideDetail) => void;
}

type Action = 'preview' | 'draft' | 'reviewed';

/** Where unsaved texts are kept, per guide and language; signing out clears them. */
export const UNSAVED_PREFIX = 'staff-unsaved:';

/**
 * The editable Markdown of one language, with preview and save. Unsaved text is kept in this
 * tab's sessionStorage, so an expired session (which shows sign-in) or a reload loses nothing.
 */
export function TextForm({ guideId, language, saved, source, onSaved }: TextFormProps) {
  const { t } = useTranslation();
  const unsavedKey = `${UNSAVED_PREFIX}${guideId}:${language.code}`;
  const [restored] = useState(() => {
    const kept = readSession(unsavedKey);
    return kept !== undefined && kept !== saved?.markdown ? kept : undefined;
  });
  const [text, setText] = useState(restored ?? saved?.markdown ?? '');
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState('');
  const dirty = text !== (saved?.markdown ?? '');
  const editingSource = language.code === SOURCE_LANGUAGE;

  useEffect(() => writeSession(unsavedKey, dirty ? text : null), [unsavedKey, dirty, text]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const run = async (action: Action) => {
    setBusy(action);
    setError(null);
    setDone('');
    try {
      if (action === 'preview') {
        setPreview(await api.preview(text));
      } else {
        onSaved(await api.saveText(guideId, language.code, { markdown: text, status: action }));
        setDone(action === 'draft' ? t('editor.savedDraft') : t('editor.savedReviewed'));
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const notes = [editingSource && 'source-edit-note', saved?.outdated && 'outdated-note', error && 'text-problem'];
  const describedBy = notes.filter(Boolean).join(' ') || undefined;

  return (
    <div class="pane">
      <label for="target-text" class="pane-label">
        <span lang={language.htmlLang} dir={language.dir}>
          {language.nativeName}
        </span>{' '}
        {t('editor.target')}
      </label>
      <TextMeta text={saved} />
      {editingSource && (
        <p class="note-text" id="source-edit-note">
          {t('editor.sourceEditNote')}
        </p>
      )}
      {saved?.outdated && (
        <p class="note-text" id="outdated-note">
          {t('editor.outdatedNote')}
        </p>
      )}
      {restored !== undefined && dirty && <p class="note-text">{t('editor.restoredUnsaved')}</p>}
      <textarea
        id="target-text"
        class="markdown"
        lang={language.htmlLang}
        dir={language.dir}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <ProblemMessage error={error} id="text-problem" />
      <div class="actions">
        {!text.trim() && source && !editingSource && (
          <button type="button" onClick={() => setText(source.markdown)}>
            {t('editor.startFromSource')}
          </button>
        )}
        <button type="button" disabled={busy !== null || !text.trim()} onClick={() => void run('preview')}>
          {t('editor.preview')}
        </button>
        <button type="button" disabled={busy !== null || !text.trim()} onClick={() => void run('draft')}>
          {t('editor.saveDraft')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={busy !== null || !text.trim()}
          onClick={() => void run('reviewed')}
        >
          {t('editor.saveReviewed')}
        </button>
        {dirty && saved && (
          <button type="button" onClick={() => setText(saved.markdown)}>
            {t('editor.discard')}
          </button>
        )}
      </div>
      <p role="status" class="save-state">
        {done || (dirty ? t('editor.unsaved') : '')}
      </p>
      {preview && <GuidePreview preview={preview} language={language} />}
    </div>
  );
}
