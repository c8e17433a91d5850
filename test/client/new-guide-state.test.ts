import { describe, expect, it } from 'vitest';
import {
  emptyNewGuide,
  type NewGuideAction,
  newGuideProblem,
  newGuideRequest,
  newGuideStep,
} from '../../src/staff/guides/new-guide-state.js';

const TAKEN = ['bankid', 'lana-bocker'];
const run = (actions: NewGuideAction[]) => actions.reduce(newGuideStep, emptyNewGuide('e-services', 4));

describe('the new-guide form', () => {
  it('makes the id from the title, unique among the guides', () => {
    const state = run([{ type: 'title', value: 'Låna böcker', taken: TAKEN }]);
    expect(state.id).toBe('lana-bocker-2');
    expect(newGuideProblem(state, TAKEN)).toBeNull();
    expect(newGuideRequest(state)).toEqual({
      id: 'lana-bocker-2',
      title: 'Låna böcker',
      category: 'e-services',
      order: 4,
      video: null,
    });
  });

  it('keeps an id the editor wrote when the title changes, and follows the title again once it is emptied', () => {
    let state = run([
      { type: 'title', value: 'Låna', taken: TAKEN },
      { type: 'id', value: 'egen' },
      { type: 'title', value: 'Låna böcker', taken: TAKEN },
    ]);
    expect(state.id).toBe('egen');
    state = newGuideStep(state, { type: 'id', value: '' });
    state = newGuideStep(state, { type: 'title', value: 'Låna e-böcker', taken: TAKEN });
    expect(state.id).toBe('lana-e-bocker');
  });

  it("sends a pictogram only when one is chosen; chosen and taken back, the tile shows its category's", () => {
    const titled = run([{ type: 'title', value: 'Låna böcker', taken: TAKEN }]);
    const chosen = newGuideStep(titled, { type: 'icon', value: 'book-open' });
    expect(newGuideRequest(chosen)).toMatchObject({ id: 'lana-bocker-2', icon: 'book-open' });
    // A category changed afterwards keeps the guide's own pictogram.
    expect(newGuideStep(chosen, { type: 'category', value: 'travel', nextOrder: 2 }).icon).toBe('book-open');
    const back = newGuideStep(chosen, { type: 'icon', value: undefined });
    expect(newGuideRequest(back)).not.toHaveProperty('icon');
    expect(newGuideRequest(titled)).not.toHaveProperty('icon');
  });

  it('puts the guide last in the category chosen', () => {
    const state = run([{ type: 'category', value: 'travel', nextOrder: 9 }]);
    expect(state).toMatchObject({ category: 'travel', order: '9' });
  });

  it('names what stops the form being sent', () => {
    const titled = run([{ type: 'title', value: 'Låna', taken: TAKEN }]);
    expect(newGuideProblem(run([]), TAKEN)).toBe('titleMissing');
    expect(newGuideProblem(newGuideStep(titled, { type: 'id', value: 'Stora Bokstäver' }), TAKEN)).toBe('idInvalid');
    expect(newGuideProblem(newGuideStep(titled, { type: 'id', value: 'bankid' }), TAKEN)).toBe('idTaken');
    expect(newGuideProblem({ ...titled, category: '' }, TAKEN)).toBe('categoryMissing');
    expect(newGuideProblem(newGuideStep(titled, { type: 'order', value: '1.5' }), TAKEN)).toBe('orderInvalid');
    expect(newGuideProblem(newGuideStep(titled, { type: 'order', value: '' }), TAKEN)).toBe('orderInvalid');
  });

  it('sends a chosen video, and none as null', () => {
    const state = run([
      { type: 'title', value: 'Låna', taken: TAKEN },
      { type: 'video', value: 'media/video-bankid.mp4' },
    ]);
    expect(newGuideRequest(state).video).toBe('media/video-bankid.mp4');
  });
});
