import { useReducer } from 'preact/hooks';
import { MAX_PLACE } from '../../domain/schemas/rules.js';
import type { CategoryRow, GuideList } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { categoryName } from '../categories/category-name.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { useLoad } from '../components/use-load.js';
import { isVideo } from '../media/media-rules.js';
import { navigate } from '../routes.js';
import { GuidePictogramChoice } from './guide-pictogram-choice.js';
import {
  emptyNewGuide,
  type NewGuideProblem,
  newGuideProblem,
  newGuideRequest,
  newGuideStep,
} from './new-guide-state.js';

type T = ReturnType<typeof useTranslation>['t'];

/** Each problem's message, by its whole key so the translation check sees every one used. */
function problemText(t: T, problem: NewGuideProblem, id: string): string {
  switch (problem) {
    case 'titleMissing':
      return t('guides.newTitleMissing');
    case 'idInvalid':
      return t('guides.newIdInvalid');
    case 'idTaken':
      return t('guides.newIdTaken', { id });
    case 'categoryMissing':
      return t('guides.newCategoryMissing');
    case 'orderInvalid':
      return t('guides.newOrderInvalid');
  }
}

/** The place after the last guide in a category. */
export function nextOrder(list: GuideList, category: string): number {
  const orders = list.guides.filter((g) => g.category === category).map((g) => g.order);
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/**
 * A guide from nothing: its Swedish title, the id made from it (shown, and editable before saving),
 * its category and place, and a video if there is one. Saved, it opens in the editor with a Swedish
 * draft holding the title.
 */
export function NewGuideForm({ list, categories }: { list: GuideList; categories: CategoryRow[] }) {
  const { t, lang } = useTranslation();
  const media = useLoad(() => api.media(), []);
  const first = categories[0]?.id ?? '';
  const [state, dispatch] = useReducer(newGuideStep, emptyNewGuide(first, nextOrder(list, first)));
  const action = useAction();
  // Archived guides keep their ids: a new guide may not take one.
  const taken = [...list.guides, ...list.archived.guides].map((g) => g.id);
  const problem = newGuideProblem(state, taken);
  const videos = (media.data?.files ?? [])
    .map((f) => f.path)
    .filter(isVideo)
    .sort();

  const submit = (event: Event) => {
    event.preventDefault();
    if (problem) return;
    void action.run(async () => {
      const guide = await api.createGuide(newGuideRequest(state));
      navigate({ screen: 'editor', guideId: guide.id, lang: 'sv' });
    });
  };

  return (
    <form class="stack narrow" aria-labelledby="new-guide-heading" onSubmit={submit}>
      <h2 id="new-guide-heading">{t('guides.newHeading')}</h2>
      <div class="field">
        <label for="new-guide-title">{t('guides.newTitle')}</label>
        <input
          id="new-guide-title"
          lang="sv"
          required
          maxLength={200}
          value={state.title}
          onInput={(e) => dispatch({ type: 'title', value: e.currentTarget.value, taken })}
        />
      </div>
      <div class="field">
        <label for="new-guide-id">{t('guides.newId')}</label>
        <input
          id="new-guide-id"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          required
          maxLength={80}
          aria-describedby="new-guide-id-hint"
          value={state.id}
          onInput={(e) => dispatch({ type: 'id', value: e.currentTarget.value })}
        />
        <p class="hint" id="new-guide-id-hint">
          {t('guides.newIdHint')}
        </p>
      </div>
      <div class="field">
        <label for="new-guide-category">{t('guides.newCategory')}</label>
        <select
          id="new-guide-category"
          value={state.category}
          onChange={(e) =>
            dispatch({
              type: 'category',
              value: e.currentTarget.value,
              nextOrder: nextOrder(list, e.currentTarget.value),
            })
          }
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="new-guide-order">{t('guides.newOrder')}</label>
        <input
          id="new-guide-order"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_PLACE}
          step={1}
          required
          value={state.order}
          onInput={(e) => dispatch({ type: 'order', value: e.currentTarget.value })}
        />
      </div>
      <GuidePictogramChoice
        id="new"
        value={state.icon}
        categoryIcon={categories.find((c) => c.id === state.category)?.icon}
        onChange={(value) => dispatch({ type: 'icon', value })}
      />
      <div class="field">
        <label for="new-guide-video">{t('guides.newVideo')}</label>
        <select
          id="new-guide-video"
          value={state.video}
          onChange={(e) => dispatch({ type: 'video', value: e.currentTarget.value })}
        >
          <option value="">{t('editor.videoNone')}</option>
          {videos.map((path) => (
            <option key={path} value={path}>
              {path}
            </option>
          ))}
        </select>
      </div>
      {problem && state.title !== '' && (
        <p class="field-error" role="alert">
          {problemText(t, problem, state.id)}
        </p>
      )}
      <ProblemMessage error={media.error ?? action.error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={action.busy || problem !== null}>
          {t('guides.newCreate')}
        </button>
      </div>
    </form>
  );
}
