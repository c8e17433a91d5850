import { useState } from 'preact/hooks';
import { DEFAULT_PICTOGRAM, PICTOGRAMS, type Pictogram as PictogramName } from '../../domain/pictograms.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Pictogram } from '../../ui/pictogram.js';
import { pictogramLabel } from './pictogram-label.js';

interface PictogramChoiceProps {
  categoryId: string;
  /** The category's pictogram; none chosen, the kiosk draws the default. */
  value: PictogramName | undefined;
  onChange: (value: PictogramName) => void;
}

/**
 * A category's pictogram as the kiosk draws it, and every pictogram to choose another from. Folded
 * away, and not drawn, until asked for: twelve categories of 35 pictograms each would bury the
 * names and slow the screen.
 */
export function PictogramChoice({ categoryId, value, onChange }: PictogramChoiceProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details class="pictogram-choice" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Pictogram name={value ?? DEFAULT_PICTOGRAM} size={32} />
        <span>
          {value
            ? t('categories.pictogram', { name: pictogramLabel(t, value) })
            : t('categories.pictogramNone', { name: pictogramLabel(t, DEFAULT_PICTOGRAM) })}
        </span>
      </summary>
      {open && (
        <PictogramOptions
          name={`category-${categoryId}-icon`}
          legend={t('categories.pictogramChoose')}
          value={value}
          onChange={(p) => p && onChange(p)}
        />
      )}
    </details>
  );
}

interface PictogramOptionsProps {
  /** The radio group's name, unique on the page. */
  name: string;
  legend: string;
  value: PictogramName | undefined;
  onChange: (value: PictogramName | undefined) => void;
  /**
   * A first choice meaning "none of its own" (undefined), drawn as what the kiosk shows then: a
   * guide without its own pictogram shows its category's.
   */
  none?: { label: string; shows: PictogramName };
}

/**
 * Every pictogram as a radio button, so a keyboard moves through them with the arrow keys and a
 * screen reader says which is chosen; each is named in the console's language.
 */
export function PictogramOptions({ name, legend, value, onChange, none }: PictogramOptionsProps) {
  const { t } = useTranslation();
  return (
    <fieldset class="pictogram-grid">
      <legend>{legend}</legend>
      {none && (
        <label class="pictogram-option">
          <input type="radio" name={name} value="" checked={value === undefined} onChange={() => onChange(undefined)} />
          <Pictogram name={none.shows} size={32} />
          <span>{none.label}</span>
        </label>
      )}
      {PICTOGRAMS.map((p) => (
        <label key={p} class="pictogram-option">
          <input type="radio" name={name} value={p} checked={value === p} onChange={() => onChange(p)} />
          <Pictogram name={p} size={32} />
          <span>{pictogramLabel(t, p)}</span>
        </label>
      ))}
    </fieldset>
  );
}
