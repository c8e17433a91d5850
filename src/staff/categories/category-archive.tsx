import type { CategoryRow } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { categoryName } from './category-name.js';

interface ArchiveCategoryButtonProps {
  category: { id: string; name: Record<string, string> };
  /** Guides in use in it: while there are any, it is not archived and the editor is told why. */
  guides: number;
  busy: boolean;
  onArchive: () => void;
  onRefused: (message: string) => void;
}

/** Archives a category after asking; one that still holds guides in use is refused, saying so. */
export function ArchiveCategoryButton({ category, guides, busy, onArchive, onRefused }: ArchiveCategoryButtonProps) {
  const { t } = useTranslation();
  const name = category.name.sv?.trim() || category.id;
  if (guides > 0) {
    return (
      <button
        type="button"
        disabled={busy}
        onClick={() => onRefused(t('categories.archiveRefused', { name, count: guides }))}
      >
        {t('categories.archive')}
      </button>
    );
  }
  return (
    <ConfirmButton
      disabled={busy}
      question={t('categories.archiveQuestion', { name })}
      confirmLabel={t('categories.archiveConfirm')}
      onConfirm={onArchive}
    >
      {t('categories.archive')}
    </ConfirmButton>
  );
}

/** The archived categories, each with the button that brings it back as it was. */
export function ArchivedCategories({
  categories,
  busy,
  onRestore,
}: {
  categories: CategoryRow[];
  busy: boolean;
  onRestore: (category: CategoryRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="archived-categories-heading">
      <h2 id="archived-categories-heading" tabIndex={-1}>
        {t('categories.archivedHeading')}
      </h2>
      {categories.length === 0 ? (
        <p>{t('categories.archivedNone')}</p>
      ) : (
        <ul class="archived-categories">
          {categories.map((c) => (
            <li key={c.id}>
              <span lang="sv">{categoryName(c, 'sv')}</span> (<code>{c.id}</code>){' '}
              <button type="button" disabled={busy} onClick={() => onRestore(c)}>
                {t('categories.restore')}
                <span class="visually-hidden" lang="sv">{` ${categoryName(c, 'sv')}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
