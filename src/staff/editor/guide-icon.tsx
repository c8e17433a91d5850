import { useState } from 'preact/hooks';
import type { Pictogram } from '../../domain/pictograms.js';
import type { GuideDetail } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { GuidePictogramChoice } from '../guides/guide-pictogram-choice.js';

interface GuideIconProps {
  guide: GuideDetail;
  /** The pictogram of the category the guide is in: what its tile shows without one of its own. */
  categoryIcon: Pictogram | undefined;
  onSaved: (guide: GuideDetail) => void;
}

/** The guide's own pictogram on its kiosk tile, or its category's; saved on its own, as the place is. */
export function GuideIcon({ guide, categoryIcon, onSaved }: GuideIconProps) {
  const { t } = useTranslation();
  const [icon, setIcon] = useState(guide.icon);
  const [done, setDone] = useState('');
  const action = useAction();

  const save = (event: Event) => {
    event.preventDefault();
    setDone('');
    void action.run(async () => {
      onSaved(await api.setGuideIcon(guide.id, { icon: icon ?? null }));
      setDone(t('editor.pictogramSaved'));
    });
  };

  return (
    <form class="guide-icon stack" aria-labelledby="guide-icon-heading" onSubmit={save}>
      <h3 id="guide-icon-heading">{t('editor.pictogramHeading')}</h3>
      <GuidePictogramChoice id={guide.id} value={icon} categoryIcon={categoryIcon} onChange={setIcon} />
      <div class="actions">
        <button type="submit" disabled={action.busy || icon === guide.icon}>
          {t('editor.pictogramSave')}
        </button>
      </div>
      <p role="status" class="success">
        {done}
      </p>
      <ProblemMessage error={action.error} />
    </form>
  );
}
