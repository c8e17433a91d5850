import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiError, api, type PackImportResult } from '../api.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { FileButton } from '../components/file-button.js';
import { ProblemMessage } from '../components/problem-message.js';
import { hrefOf } from '../routes.js';

/** A pack file the console has read, or why it cannot be sent. */
type Chosen = { name: string; text: string } | { name: string; notJson: true };

/**
 * Choose a pack file, confirm that it replaces every guide and category, and send it as it is.
 * The browser only checks that the file is JSON; the server checks the rest and changes nothing
 * when anything is wrong.
 */
export function PackImport() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<PackImportResult | null>(null);

  const choose = async (file: File | undefined) => {
    setError(null);
    setResult(null);
    if (!file) return setChosen(null);
    const text = await file.text();
    try {
      JSON.parse(text);
      setChosen({ name: file.name, text });
    } catch {
      setChosen({ name: file.name, notJson: true });
    }
  };

  const importPack = async () => {
    if (!chosen || !('text' in chosen)) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.importPack(chosen.text));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const ready = chosen !== null && 'text' in chosen;
  return (
    <section aria-labelledby="pack-import-heading">
      <h2 id="pack-import-heading">{t('pack.importHeading')}</h2>
      <p class="note-text" id="pack-import-warning">
        {t('pack.importWarning')}
      </p>
      <div class="actions file-choice">
        <FileButton
          id="pack-file"
          label={t('pack.choose')}
          accept=".json,application/json"
          describedBy="pack-import-warning"
          disabled={busy}
          onFiles={(files) => void choose(files[0])}
        />
        <span>{chosen ? t('pack.chosen', { name: chosen.name }) : t('pack.noneChosen')}</span>
      </div>
      {chosen && 'notJson' in chosen && (
        <ProblemMessage error={chosen} summary={t('pack.notJson', { name: chosen.name })} />
      )}
      <div class="actions">
        <ConfirmButton
          question={t('pack.confirmQuestion', { name: chosen?.name ?? '' })}
          confirmLabel={t('pack.confirm')}
          disabled={!ready || busy}
          onConfirm={() => void importPack()}
        >
          {t('pack.import')}
        </ConfirmButton>
      </div>
      <p role="status" class="success">
        {result && (
          <>
            {t('pack.imported', { guides: result.guides, media: result.media })}{' '}
            <a href={hrefOf({ screen: 'publish' })}>{t('pack.toPublish')}</a>
          </>
        )}
      </p>
      <ProblemMessage error={error} summary={refusedPack(error) ? t('pack.notImported') : undefined} />
    </section>
  );
}

/** The server looked at the pack and refused it (400 malformed, 413 too large): nothing changed. */
const refusedPack = (error: unknown) => error instanceof ApiError && (error.status === 400 || error.status === 413);
