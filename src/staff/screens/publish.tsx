import { useState } from 'preact/hooks';
import { languageFor } from '../../domain/languages.js';
import type { ChangePart, ContentChange } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { formatBytes } from '../components/format.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';
import { hrefOf } from '../routes.js';

/** What the next version would change and cost a kiosk to download; a changelog line; Publish. */
export function Publish() {
  const { t, lang } = useTranslation();
  const preview = useLoad(() => api.publishPreview(), []);
  const [changelog, setChangelog] = useState('');
  const { busy, error, run } = useAction();
  const [published, setPublished] = useState<number | null>(null);

  const data = preview.data;
  const nothing = data !== undefined && data.added.length + data.changed.length + data.removed.length === 0;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!changelog.trim()) return;
    await run(async () => {
      const { version } = await api.publish(changelog.trim());
      // Everything listed is now in force: the list empties with the message, in one render,
      // so the screen never says "published" beside an offer to publish the same changes again.
      preview.replace({ nextVersion: version + 1, added: [], changed: [], removed: [], downloadBytes: 0 });
      setPublished(version);
      setChangelog('');
      // What another editor saved meanwhile shows when it comes.
      await preview.reload();
    });
  };

  return (
    <section>
      <ScreenHeading title={t('publish.heading')}>{t('publish.heading')}</ScreenHeading>
      <p role="status" class="success">
        {published !== null && (
          <>
            {t('publish.published', { version: published })}{' '}
            <a href={hrefOf({ screen: 'versions' })}>{t('publish.toVersions')}</a>
          </>
        )}
      </p>
      <ProblemMessage error={preview.error} />
      {!data && !preview.error && <p aria-busy="true">{t('app.loading')}</p>}
      {data &&
        (nothing ? (
          <p>{t('publish.nothing')}</p>
        ) : (
          <>
            <p>{t('publish.nextVersion', { version: data.nextVersion })}</p>
            <ChangeList heading={t('publish.added', { count: data.added.length })} changes={data.added} />
            <ChangeList heading={t('publish.changed', { count: data.changed.length })} changes={data.changed} />
            <ChangeList heading={t('publish.removed', { count: data.removed.length })} changes={data.removed} />
            <p>{t('publish.download', { size: formatBytes(data.downloadBytes, lang) })}</p>
            <form class="stack narrow" onSubmit={(e) => void submit(e)}>
              <div class="field">
                <label for="publish-changelog">{t('publish.changelog')}</label>
                <input
                  id="publish-changelog"
                  required
                  minLength={3}
                  maxLength={500}
                  aria-describedby="publish-changelog-hint"
                  value={changelog}
                  onInput={(e) => setChangelog(e.currentTarget.value)}
                />
                <p class="hint" id="publish-changelog-hint">
                  {t('publish.changelogHint')}
                </p>
              </div>
              <ProblemMessage error={error} />
              <div class="actions">
                <button type="submit" class="primary" disabled={busy || !changelog.trim()}>
                  {t('publish.submit', { version: data.nextVersion })}
                </button>
              </div>
            </form>
          </>
        ))}
    </section>
  );
}

function ChangeList({ heading, changes }: { heading: string; changes: ContentChange[] }) {
  if (changes.length === 0) return null;
  return (
    <section class="change-list">
      <h2>{heading}</h2>
      <ul>
        {changes.map((c) => (
          <ChangeLine key={`${c.id}/${c.lang}`} change={c} />
        ))}
      </ul>
    </section>
  );
}

/** A part of an entry in words; each key written whole, so the translation check sees it used. */
function partName(t: (key: string) => string, part: ChangePart): string {
  const names: Record<ChangePart, string> = {
    text: t('publish.parts.text'),
    images: t('publish.parts.images'),
    video: t('publish.parts.video'),
    review: t('publish.parts.review'),
    placement: t('publish.parts.placement'),
  };
  return names[part];
}

/** One change: the guide's title (or the categories), the language, what changed, what it costs a kiosk. */
function ChangeLine({ change }: { change: ContentChange }) {
  const { t, lang } = useTranslation();
  const language = languageFor(change.lang);
  const name =
    change.kind === 'categories'
      ? t('publish.categories', { names: change.title })
      : change.kind === 'welcome'
        ? t('publish.welcome')
        : change.title;
  const details = [
    change.parts.map((part) => partName(t, part)).join(', '),
    change.downloadBytes > 0 ? t('publish.size', { size: formatBytes(change.downloadBytes, lang) }) : '',
  ].filter(Boolean);
  return (
    <li>
      {/* Titles and category names are the Swedish ones, whichever language changed. */}
      <strong lang="sv">{name}</strong> · <span lang={language.htmlLang}>{language.nativeName}</span>
      {details.map((detail) => ` · ${detail}`).join('')}
    </li>
  );
}
