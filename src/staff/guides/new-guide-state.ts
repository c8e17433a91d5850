import { slugOf } from '../../domain/guide-slug.js';
import type { Pictogram } from '../../domain/pictograms.js';
import { isPlace, keeps, SLUG_PATTERN } from '../../domain/schemas/rules.js';
import type { CreateGuide } from '../../domain/staff-api.js';

/** The new-guide form as typed; the id follows the title until the editor changes it. */
export interface NewGuideState {
  title: string;
  id: string;
  /** The editor wrote the id: the title no longer changes it. */
  idEdited: boolean;
  category: string;
  /** As typed, so a half-written number stays on screen. */
  order: string;
  /** `media/<name>.mp4` or `.webm`, or '' for none. */
  video: string;
  /** Its own pictogram; undefined: its tile shows its category's. */
  icon?: Pictogram;
}

export type NewGuideAction =
  | { type: 'title'; value: string; taken: readonly string[] }
  | { type: 'id'; value: string }
  | { type: 'category'; value: string; nextOrder: number }
  | { type: 'order'; value: string }
  | { type: 'video'; value: string }
  | { type: 'icon'; value: Pictogram | undefined };

/** What a field's problem is, as the key of its message under `guides.new`. */
export type NewGuideProblem = 'titleMissing' | 'idInvalid' | 'idTaken' | 'categoryMissing' | 'orderInvalid';

export const emptyNewGuide = (category = '', nextOrder = 1): NewGuideState => ({
  title: '',
  id: '',
  idEdited: false,
  category,
  order: String(nextOrder),
  video: '',
});

/** The form's one step: a field changed. */
export function newGuideStep(state: NewGuideState, action: NewGuideAction): NewGuideState {
  switch (action.type) {
    case 'title':
      return {
        ...state,
        title: action.value,
        id: state.idEdited ? state.id : action.value.trim() ? slugOf(action.value, action.taken) : '',
      };
    case 'id':
      // Emptied, the id follows the title again.
      return { ...state, id: action.value, idEdited: action.value !== '' };
    case 'category':
      // A guide goes last in its category unless the editor says otherwise.
      return { ...state, category: action.value, order: String(action.nextOrder) };
    case 'order':
      return { ...state, order: action.value };
    case 'video':
      return { ...state, video: action.value };
    case 'icon':
      return { ...state, icon: action.value };
  }
}

/** The first problem that stops the form being sent, or null. */
export function newGuideProblem(state: NewGuideState, taken: readonly string[]): NewGuideProblem | null {
  if (!state.title.trim()) return 'titleMissing';
  if (!keeps(SLUG_PATTERN, state.id)) return 'idInvalid';
  if (taken.includes(state.id)) return 'idTaken';
  if (!state.category) return 'categoryMissing';
  if (!isPlace(state.order)) return 'orderInvalid';
  return null;
}

/** The request the form sends (once newGuideProblem says none). */
export function newGuideRequest(state: NewGuideState): CreateGuide {
  return {
    id: state.id,
    title: state.title.trim(),
    category: state.category,
    order: Number(state.order),
    video: state.video || null,
    // None chosen, the request says nothing of a pictogram: the tile shows its category's.
    ...(state.icon ? { icon: state.icon } : {}),
  };
}
