import type { CategoryRow, GuideSummary } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ConfirmButton } from '../components/confirm-button.js';

type Done = (message: string) => void;
type Run = (action: () => Promise<void>) => Promise<boolean>;

const titleOf = (guide: GuideSummary) => guide.titles.sv ?? guide.id;

/**
 * Archives a guide after asking: kiosks drop it at the next published version, and it stays in the
 * console, under Archived, to be restored.
 */
export function ArchiveGuideButton({ guide, run, onDone }: { guide: GuideSummary; run: Run; onDone: Done }) {
  const { t } = useTranslation();
  const title = titleOf(guide);
  return (
    <ConfirmButton
      question={t('guides.archiveQuestion', { title })}
      confirmLabel={t('guides.archiveConfirm')}
      onConfirm={() =>
        void run(async () => {
          await api.archiveGuide(guide.id);
          onDone(t('guides.archiveDone', { title }));
        })
      }
    >
      {t('guides.archiveButton')}
      <span class="visually-hidden" lang="sv">{` ${title}`}</span>
    </ConfirmButton>
  );
}

interface ArchivedGuidesProps {
  guides: GuideSummary[];
  categories: CategoryRow[];
  categoryName: (id: string) => string;
  busy: boolean;
  run: Run;
  onDone: Done;
}

/** The archived guides, each with the button that brings it back as it was. */
export function ArchivedGuides({ guides, categories, categoryName, busy, run, onDone }: ArchivedGuidesProps) {
  const { t } = useTranslation();
  if (guides.length === 0) return <p>{t('guides.archivedNone')}</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{t('guides.archivedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guides.guide')}</th>
            <th scope="col">{t('guides.category')}</th>
            <th scope="col">{t('guides.archivedAction')}</th>
          </tr>
        </thead>
        <tbody>
          {guides.map((g) => {
            const title = titleOf(g);
            // Its category archived too, the guide could not be published: the category comes back first.
            const categoryInUse = categories.some((c) => c.id === g.category);
            return (
              <tr key={g.id}>
                <th scope="row" lang="sv">
                  {title}
                </th>
                <td>{categoryInUse ? categoryName(g.category) : t('guides.archivedCategoryArchived')}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy || !categoryInUse}
                    onClick={() =>
                      void run(async () => {
                        await api.restoreGuide(g.id);
                        onDone(t('guides.archivedRestored', { title }));
                      })
                    }
                  >
                    {t('guides.archivedRestore')}
                    <span class="visually-hidden" lang="sv">{` ${title}`}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
