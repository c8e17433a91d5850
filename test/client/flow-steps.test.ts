import { describe, expect, it } from 'vitest';
import type { QueuedRequest } from '../../src/client/outbox.js';
import type { GuideTranslation } from '../../src/domain/content.js';
import {
  backLeaves,
  type FlowAction,
  type FlowState,
  flowReducer,
  requestOf,
  type StepFacts,
  startFlow,
  stepAfter,
} from '../../src/kiosk/request/flow-steps.js';
import { feedTopics, topicTitle } from '../../src/kiosk/request/topics.js';

const ONE_LIBRARY: StepFacts = { branchCount: 1, othersOpen: true };
const run = (state: FlowState, ...actions: FlowAction[]) => actions.reduce(flowReducer, state);
const next = (facts: StepFacts = ONE_LIBRARY): FlowAction => ({ type: 'next', facts });
const fromHome = () => startFlow({ topic: null, language: 'ar' });
const fromGuide = () => startFlow({ topic: 'bankid', language: 'ar' });
const named = (state: FlowState, firstName = 'Amal') =>
  run(state, { type: 'setDetails', details: { ...state.details, firstName } });

describe('the order of the request screens', () => {
  it('from Home or Ask staff it asks what the visit is about first; from a guide it does not', () => {
    expect(fromHome().step).toBe('topic');
    expect(fromGuide().step).toBe('language');
    expect(fromGuide().topic).toBe('bankid');
  });

  it('starts with the visitor’s own language chosen and a category open if they came from one', () => {
    const state = startFlow({ topic: null, browsing: 'bank-id', language: 'ti' });
    expect(state.language).toBe('ti');
    expect(state.browsing).toBe('bank-id');
  });

  it('a topic tile answers the question and moves on; Next alone does not leave the topic screen', () => {
    expect(run(fromHome(), next()).step).toBe('topic');
    const chosen = run(fromHome(), { type: 'browse', category: 'bank-id' }, { type: 'chooseTopic', topic: 'bankid' });
    expect(chosen.step).toBe('language');
    expect(chosen.topic).toBe('bankid');
  });

  it('asks for the library only when there is more than one', () => {
    expect(run(fromGuide(), next()).step).toBe('time');
    expect(run(fromGuide(), next({ branchCount: 2, othersOpen: true })).step).toBe('branch');
  });

  it('keeps the visitor on the library screen until one is chosen, and says so', () => {
    const two = { branchCount: 2, othersOpen: true };
    const stuck = run(fromGuide(), next(two), next(two));
    expect(stuck.step).toBe('branch');
    expect(stuck.choiceProblem).toBe('branch');
    const chosen = run(stuck, { type: 'chooseBranch', id: 'main' }, next(two));
    expect(chosen.step).toBe('time');
    expect(chosen.choiceProblem).toBeNull();
  });

  it('needs a time or "any time"; other times are asked for only when some are left', () => {
    const atTime = run(fromGuide(), next());
    expect(run(atTime, next()).choiceProblem).toBe('slots');
    const chosen = run(atTime, { type: 'chooseTime', slotId: '1@2026-12-08' });
    expect(run(chosen, next()).step).toBe('alternatives');
    expect(run(chosen, next({ branchCount: 1, othersOpen: false })).step).toBe('details');
    expect(run(atTime, { type: 'chooseTime', slotId: null }, next()).step).toBe('details');
  });

  it('stops at the details with the problem named by the field, by the server’s rules', () => {
    const atDetails = run(fromGuide(), next(), { type: 'chooseTime', slotId: null }, next());
    expect(run(atDetails, next()).fieldProblems).toEqual({ firstName: 'firstNameMissing' });
    expect(run(named(atDetails, '19121212-1212'), next()).fieldProblems).toEqual({ firstName: 'firstName' });
    // A phone number is for staff to call: it needs no consent to a reminder, only to be a number.
    const withPhone = run(named(atDetails), {
      type: 'setDetails',
      details: { firstName: 'Amal', phone: '070 123 45 67', email: '', consent: false },
    });
    expect(run(withPhone, next()).step).toBe('check');
    const notAPhone = run(named(atDetails), {
      type: 'setDetails',
      details: { firstName: 'Amal', phone: 'call me', email: '', consent: false },
    });
    expect(run(notAPhone, next()).fieldProblems).toEqual({ phone: 'phone' });
    expect(run(named(atDetails), next()).step).toBe('check');
  });

  it('Back retraces the screens the visitor saw, closes an open category, and then leaves', () => {
    const browsing = run(fromHome(), { type: 'browse', category: 'bank-id' });
    expect(backLeaves(browsing)).toBe(false);
    const closed = run(browsing, { type: 'back' });
    expect(closed.browsing).toBeNull();
    expect(backLeaves(closed)).toBe(true);

    const atTime = run(browsing, { type: 'chooseTopic', topic: 'bankid' }, next());
    expect(atTime.step).toBe('time');
    const backTwice = run(atTime, { type: 'back' }, { type: 'back' });
    expect(backTwice.step).toBe('topic');
    // The category the topic came from is still open.
    expect(backTwice.browsing).toBe('bank-id');
  });

  it('another library starts the times afresh; the same one keeps them', () => {
    const state = run(
      fromGuide(),
      { type: 'chooseBranch', id: 'main' },
      { type: 'chooseTime', slotId: '1@2026-12-08' },
      { type: 'setAlternatives', ids: ['2@2026-12-09'] },
    );
    expect(run(state, { type: 'chooseBranch', id: 'main' }).first).toBe('1@2026-12-08');
    const moved = run(state, { type: 'chooseBranch', id: 'north' });
    expect(moved.first).toBeNull();
    expect(moved.alternatives).toEqual([]);
  });

  it('once queued, nothing the visitor typed is kept, and Back has nowhere to go', () => {
    const atCheck = run(named(fromGuide()), { type: 'chooseTime', slotId: null });
    const queued = { key: 'k' } as QueuedRequest;
    const sent = run(atCheck, { type: 'sending' }, { type: 'sent', queued });
    expect(sent.step).toBe('done');
    expect(sent.details).toEqual({ firstName: '', phone: '', email: '', consent: false });
    expect(sent.history).toEqual([]);
    expect(stepAfter(sent, ONE_LIBRARY)).toBeNull();
  });
});

describe('the request the flow sends', () => {
  it('has the topic chosen on the topic screen, or "other" for something else', () => {
    const made = (state: FlowState) => requestOf(state, '2026-12-07T10:00:00.000Z').topic;
    expect(made(run(fromHome(), { type: 'chooseTopic', topic: 'bankid' }))).toBe('bankid');
    expect(made(run(fromHome(), { type: 'chooseTopic', topic: 'other' }))).toBe('other');
  });

  it('sends consent only with a phone or e-mail, and the first time before the others', () => {
    const state = run(
      named(fromGuide()),
      { type: 'chooseTime', slotId: 'a' },
      { type: 'setAlternatives', ids: ['b'] },
      { type: 'setDetails', details: { firstName: 'Amal', phone: '', email: '', consent: true } },
    );
    const made = requestOf(state, '2026-12-07T10:00:00.000Z');
    expect(made.consent).toBe(false);
    expect(made.slots).toEqual(['a', 'b']);
  });
});

describe('topics', () => {
  const guide = (id: string, category: string) => ({ id, category, title: `title of ${id}` }) as GuideTranslation;
  const guides = [guide('bankid', 'bank-id'), guide('internet-bank', 'bank-id'), guide('1177', 'health')];
  const categories = [{ id: 'bank-id', order: 1, name: 'Bank och BankID' }];

  it('offers sessions for a guide and its category, for a category and its guides, and any for something else', () => {
    expect(feedTopics('bankid', guides)).toEqual(['bankid', 'bank-id']);
    expect(feedTopics('bank-id', guides)).toEqual(['bank-id', 'bankid', 'internet-bank']);
    expect(feedTopics('other', guides)).toEqual([]);
  });

  it('names a guide by its title and a category by its name; something else has no name', () => {
    expect(topicTitle('bankid', guides, categories)).toBe('title of bankid');
    expect(topicTitle('bank-id', guides, categories)).toBe('Bank och BankID');
    expect(topicTitle('other', guides, categories)).toBeNull();
  });
});
