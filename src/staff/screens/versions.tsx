import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { formatDateTime } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';
import { versionNote } from '../components/version-note.js';

/**
 * Every published version, newest (the one kiosks use) first. Restoring an earlier one publishes
 * its content again as a new version, so nothing in the history is lost.
 */
export function Versions() {
  const { t, lang } = useTranslation();
  const list = useLoad(() => api.versions(), []);
  const { busy, error, run } = useAction();
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);

  const versions = [...(list.data?.versions ?? [])].sort((a, b) => b.version - a.version);
  const current = versions[0]?.version;

  const restore = async (version: number) => {
    setRestored(null);
    await run(async () => {
      const result = await api.restore(version);
      setRestored({ from: version, to: result.version });
      await list.reload();
    });
  };

  return (
    <section>
      <ScreenHeading title={t('versions.heading')}>{t('versions.heading')}</ScreenHeading>
      <p role="status" class="success">
        {restored && t('versions.restored', { from: restored.from, to: restored.to })}
      </p>
      <ProblemMessage error={list.error ?? error} />
      {!list.data && !list.error && <p aria-busy="true">{t('app.loading')}</p>}
      {list.data && (
        <table>
          <caption class="visually-hidden">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.version')}</th>
              <th scope="col">{t('versions.date')}</th>
              <th scope="col">{t('versions.changelog')}</th>
              <th scope="col" class="number">
                {t('versions.entries')}
              </th>
              <th scope="col">{t('versions.action')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{formatDateTime(v.createdAt, lang)}</td>
                <td>{versionNote(t, v.changelog)}</td>
                <td class="number">{v.entries}</td>
                <td>
                  {v.version === current ? (
                    <span class="chip chip-current">{t('versions.current')}</span>
                  ) : (
                    <ConfirmButton
                      question={t('versions.confirmRestore', { version: v.version })}
                      confirmLabel={t('versions.restore')}
                      disabled={busy}
                      onConfirm={() => void restore(v.version)}
                    >
                      {t('versions.restore')}
                      <span class="visually-hidden"> {v.version}</span>
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
