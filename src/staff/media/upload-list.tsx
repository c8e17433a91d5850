import { useTranslation } from '../../i18n/use-translation.js';
import { ApiError } from '../api.js';
import { formatPercent } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { refusalText } from './refusal-text.js';
import type { UploadItem, UploadState } from './use-uploads.js';

const MARKS: Record<UploadState, string> = { waiting: '…', uploading: '↑', done: '✓', refused: '✕', failed: '✕' };

/** This visit's uploads, newest first: each with a progress bar, a percentage and its outcome in words. */
export function UploadList({ items, onClear }: { items: UploadItem[]; onClear: () => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const finished = items.filter((i) => i.state !== 'waiting' && i.state !== 'uploading');
  const done = items.filter((i) => i.state === 'done').length;
  return (
    <section class="uploads" aria-labelledby="uploads-heading">
      <h3 id="uploads-heading">{t('media.uploadsHeading')}</h3>
      <p role="status">
        {finished.length === items.length ? t('media.uploadsSummary', { done, count: items.length }) : ''}
      </p>
      <ul class="upload-list">
        {items.map((item) => (
          <UploadRow key={item.id} item={item} />
        ))}
      </ul>
      {finished.length > 0 && (
        <button type="button" onClick={onClear}>
          {t('media.clearUploads')}
        </button>
      )}
    </section>
  );
}

function UploadRow({ item }: { item: UploadItem }) {
  const { t, lang } = useTranslation();
  const sending = item.state === 'waiting' || item.state === 'uploading';
  const serverSaid = item.error instanceof ApiError && item.error.problem.detail ? item.error : undefined;
  return (
    <li class={`upload upload-${item.state}`}>
      <p class="upload-name">
        <span class="upload-mark" aria-hidden="true">
          {MARKS[item.state]}
        </span>{' '}
        <code>{item.name}</code> – {stateLabel(t, item.state)}
      </p>
      {(sending || item.state === 'done') && (
        <p class="upload-progress">
          <progress max={1} value={item.progress} aria-label={t('media.progressOf', { name: item.name })} />{' '}
          <span>{formatPercent(item.progress, lang)}</span>
        </p>
      )}
      {item.state === 'done' && <p class="hint">{t('media.storedAs', { path: item.path })}</p>}
      {item.refusal && <ProblemMessage error={item.refusal} summary={refusalText(t, lang, item.name, item.refusal)} />}
      {item.error !== undefined && (
        <ProblemMessage
          error={item.error}
          summary={serverSaid ? t('media.serverRefused', { name: item.name }) : undefined}
        />
      )}
    </li>
  );
}

function stateLabel(t: (key: string) => string, state: UploadState): string {
  switch (state) {
    case 'waiting':
      return t('media.stateWaiting');
    case 'uploading':
      return t('media.stateUploading');
    case 'done':
      return t('media.stateDone');
    case 'refused':
      return t('media.stateRefused');
    case 'failed':
      return t('media.stateFailed');
  }
}
