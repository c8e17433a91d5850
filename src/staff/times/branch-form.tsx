import { useState } from 'preact/hooks';
import type { Branch, OpeningHours, PlaceTranslations } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { helpApi } from '../help-api-client.js';
import { branchIdFor } from './branch-id.js';
import { hoursAreValid, OpeningHoursFields } from './opening-hours-fields.js';
import { PlaceTranslationsFields, placeTranslationsToSave } from './place-translations.js';

interface BranchFormProps {
  /** The branch being edited, or null for a new one. */
  branch: Branch | null;
  takenIds: readonly string[];
  onSaved: (branch: Branch) => void;
  onCancel: () => void;
}

/** A branch's name, place in the building (in Swedish and other languages) and opening hours; new or replacing the one edited. */
export function BranchForm({ branch, takenIds, onSaved, onCancel }: BranchFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(branch?.name ?? '');
  const [place, setPlace] = useState(branch?.place ?? '');
  const [placeTranslations, setPlaceTranslations] = useState<PlaceTranslations>(branch?.placeTranslations ?? {});
  const [hours, setHours] = useState<OpeningHours>(branch?.openingHours ?? {});
  const { busy, error, run } = useAction();
  const prefix = branch ? `branch-${branch.id}` : 'new-branch';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!hoursAreValid(hours)) return;
    const id = branch?.id ?? branchIdFor(name, takenIds);
    await run(async () => {
      onSaved(
        await helpApi.saveBranch(id, {
          name: name.trim(),
          place: place.trim(),
          placeTranslations: placeTranslationsToSave(placeTranslations),
          openingHours: hours,
        }),
      );
    });
  };

  return (
    <section aria-labelledby={`${prefix}-heading`} class="panel">
      <h3 id={`${prefix}-heading`}>
        {branch ? t('times.editBranchHeading', { name: branch.name }) : t('times.newBranchHeading')}
      </h3>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <ProblemMessage error={error} />
        <div class="filters top">
          <div class="field">
            <label for={`${prefix}-name`}>{t('times.branchName')}</label>
            <input
              id={`${prefix}-name`}
              required
              maxLength={100}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${prefix}-place`}>{t('times.place')}</label>
            <input
              id={`${prefix}-place`}
              maxLength={200}
              aria-describedby={`${prefix}-place-hint`}
              value={place}
              onInput={(e) => setPlace(e.currentTarget.value)}
            />
            <p class="hint" id={`${prefix}-place-hint`}>
              {t('times.placeHint')}
            </p>
          </div>
        </div>
        <PlaceTranslationsFields idPrefix={prefix} value={placeTranslations} onChange={setPlaceTranslations} />
        <OpeningHoursFields idPrefix={prefix} value={hours} onChange={setHours} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {branch ? t('times.saveBranch') : t('times.addBranch')}
          </button>
          {branch && (
            <button type="button" onClick={onCancel}>
              {t('times.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
