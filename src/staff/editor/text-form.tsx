import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { type GuideDoc, serialiseGuide } from '../../domain/guide-blocks.js';
import type { Language } from '../../domain/languages.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { GuideDetail, GuideText, Preview } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { readSession, writeSession } from '../components/use-session-state.js';
import { blocksStep } from './blocks-state.js';
import { GuideHead } from './guide-head.js';
import { GuidePreview } from './guide-preview.js';
import { StepRow } from './step-row.js';
import { TextMeta } from './text-meta.js';

interface TextFormProps {
  guideId: string;
  language: Language;
  /** The text as stored; undefined when the language has none yet. */
  saved: GuideText | undefined;
  /** The Swedish as blocks, beside a translation; undefined when editing the Swedish. */
  source: GuideDoc | undefined;
  /** Reads Markdown into blocks (loaded with the editor; throws on a shape it cannot show). */
  parse: (markdown: string) => GuideDoc;
  onSaved: (guide: GuideDetail) => void;
}

type Action = 'preview' | 'draft' | 'reviewed';

/** Where unsaved texts are kept, per guide and language; signing out clears them. */
export const UNSAVED_PREFIX = 'staff-unsaved:';

const EMPTY: GuideDoc = { title: '', summary: '', steps: [] };

/**
 * One language of a guide as title, summary and steps of blocks, each translated step level with
 * the Swedish one; saved as Markdown through the save route, so the server's check stays the one
 * rule. Unsaved text is kept (as Markdown) in this tab's sessionStorage, so an expired session or
 * a reload loses nothing.
 */
export function TextForm({ guideId, language, saved, source, parse, onSaved }: TextFormProps) {
  const { t } = useTranslation();
  const unsavedKey = `${UNSAVED_PREFIX}${guideId}:${language.code}`;
  const [start] = useState(() => startOf(saved, unsavedKey, parse));
  const [doc, dispatch] = useReducer(blocksStep, start.restored ?? start.saved ?? EMPTY);
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState('');
  const markdown = useMemo(() => serialiseGuide(doc), [doc]);
  const baseline = useMemo(() => (start.saved ? serialiseGuide(start.saved) : serialiseGuide(EMPTY)), [start]);
  const dirty = markdown !== baseline;
  const translating = language.code !== SOURCE_LANGUAGE;
  const empty = doc.steps.length === 0 && !doc.title.trim();

  useEffect(() => writeSession(unsavedKey, dirty ? markdown : null), [unsavedKey, dirty, markdown]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (start.problem) return <p class="note-text">{t('blockEditor.cannotShow', { problem: start.problem })}</p>;

  const run = async (action: Action) => {
    setBusy(action);
    setError(null);
    setDone('');
    try {
      if (action === 'preview') {
        setPreview(await api.preview(markdown));
      } else {
        onSaved(await api.saveText(guideId, language.code, { markdown, status: action }));
        setDone(action === 'draft' ? t('editor.savedDraft') : t('editor.savedReviewed'));
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const stepCount = Math.max(doc.steps.length, translating ? (source?.steps.length ?? 0) : 0);
  return (
    <div class="pane block-editor">
      <h2 class="pane-label">
        <span lang={language.htmlLang} dir={language.dir}>
          {language.nativeName}
        </span>{' '}
        {translating ? t('blockEditor.translating') : t('blockEditor.writing')}
      </h2>
      <TextMeta text={saved} />
      {!translating && <p class="note-text">{t('editor.sourceEditNote')}</p>}
      {saved?.outdated && <p class="note-text">{t('editor.outdatedNote')}</p>}
      {start.restored && dirty && <p class="note-text">{t('editor.restoredUnsaved')}</p>}
      {empty && source && (
        <button type="button" onClick={() => dispatch({ type: 'alignTo', source })}>
          {t('blockEditor.alignAll')}
        </button>
      )}
      <GuideHead doc={doc} source={source} language={language} dispatch={dispatch} />
      {Array.from({ length: stepCount }, (_, i) => (
        <StepRow
          key={i}
          index={i}
          step={doc.steps[i]}
          source={translating ? source?.steps[i] : undefined}
          translating={translating}
          language={language}
          saved={saved}
          dispatch={dispatch}
          onTranslateStep={() => source && dispatch({ type: 'alignTo', source, step: i })}
        />
      ))}
      <button type="button" onClick={() => dispatch({ type: 'addStep' })}>
        {t('blockEditor.addStep')}
      </button>
      <ProblemMessage error={error} id="text-problem" />
      <div class="actions">
        <button type="button" disabled={busy !== null || empty} onClick={() => void run('preview')}>
          {t('editor.preview')}
        </button>
        <button type="button" disabled={busy !== null || empty} onClick={() => void run('draft')}>
          {t('editor.saveDraft')}
        </button>
        <button type="button" class="primary" disabled={busy !== null || empty} onClick={() => void run('reviewed')}>
          {t('editor.saveReviewed')}
        </button>
        {dirty && start.saved && (
          <button type="button" onClick={() => start.saved && dispatch({ type: 'reset', doc: start.saved })}>
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

/** The saved text and any unsaved one kept from last time, as blocks, or the problem reading them. */
function startOf(saved: GuideText | undefined, unsavedKey: string, parse: (markdown: string) => GuideDoc) {
  try {
    const kept = readSession(unsavedKey);
    return {
      saved: saved ? parse(saved.markdown) : undefined,
      restored: kept !== undefined && kept !== saved?.markdown ? parse(kept) : undefined,
      problem: undefined,
    };
  } catch (caught) {
    return {
      saved: undefined,
      restored: undefined,
      problem: caught instanceof Error ? caught.message : String(caught),
    };
  }
}
