import { useState } from 'preact/hooks';
import { DEFAULT_PICTOGRAM, type Pictogram as PictogramName } from '../../domain/pictograms.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Pictogram } from '../../ui/pictogram.js';
import { PictogramOptions } from '../categories/pictogram-choice.js';
import { pictogramLabel } from '../categories/pictogram-label.js';

interface GuidePictogramChoiceProps {
  /** Makes the radio group's name unique on the page. */
  id: string;
  /** The guide's own pictogram; undefined: none, its tile shows its category's. */
  value: PictogramName | undefined;
  /** Its category's pictogram (undefined: the category has none, the kiosk draws the default). */
  categoryIcon: PictogramName | undefined;
  onChange: (value: PictogramName | undefined) => void;
}

/**
 * A guide's pictogram as its kiosk tile shows it, and the choice of its own or its category's.
 * Folded away until asked for, as for categories: 36 named tiles would bury the rest of the form.
 */
export function GuidePictogramChoice({ id, value, categoryIcon, onChange }: GuidePictogramChoiceProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const inherited = categoryIcon ?? DEFAULT_PICTOGRAM;
  const inheritedName = pictogramLabel(t, inherited);
  return (
    <details class="pictogram-choice" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Pictogram name={value ?? inherited} size={32} />
        <span>
          {value
            ? t('guides.pictogram', { name: pictogramLabel(t, value) })
            : t('guides.pictogramCategory', { name: inheritedName })}
        </span>
      </summary>
      {open && (
        <PictogramOptions
          name={`guide-${id}-icon`}
          legend={t('guides.pictogramChoose')}
          value={value}
          onChange={onChange}
          none={{ label: t('guides.pictogramCategoryOption', { name: inheritedName }), shows: inherited }}
        />
      )}
    </details>
  );
}
