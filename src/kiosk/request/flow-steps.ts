/**
 * The request flow's steps as pure data: the state of one request being made, what each tap does
 * to it, and the one place the order of the screens lives (`stepAfter`). No DOM, no i18next: the
 * screens translate the problems this returns.
 */
import type { QueuedRequest } from '../../client/outbox.js';
import { type BookingRequest, bookingProblem, cleanFirstName, OTHER_TOPIC } from '../../domain/help.js';
import type { Details, FieldName } from './DetailsStep.js';

export type Step = 'topic' | 'language' | 'branch' | 'time' | 'alternatives' | 'details' | 'check' | 'done';

/** A problem with a field the visitor typed, named so the screen can say it in their language. */
export type FieldProblem = 'firstNameMissing' | 'firstName' | 'phone' | 'email' | 'consent';
export type FieldProblems = Partial<Record<FieldName, FieldProblem>>;
/** A choice the visitor has to make before Next. */
export type ChoiceProblem = 'branch' | 'slots';

export interface FlowState {
  step: Step;
  /** The steps behind this one, for Back. */
  history: Step[];
  /** A guide id, a category id, OTHER_TOPIC, or null while the visitor has not said. */
  topic: string | null;
  /** The category open on the topic screen (its guides shown), or null for all categories. */
  browsing: string | null;
  language: string;
  branchId: string;
  first: string | null;
  alternatives: string[];
  anyTime: boolean;
  details: Details;
  fieldProblems: FieldProblems;
  choiceProblem: ChoiceProblem | null;
  sending: 'idle' | 'sending' | 'failed';
  queued: QueuedRequest | null;
  /** Whether the sent request had a phone or e-mail (the done screen says what happens next). */
  hadContact: boolean;
}

/** What the flow knows, outside its own state, when the visitor taps Next. */
export interface StepFacts {
  /** Libraries in the slot feed: with more than one, the visitor chooses. */
  branchCount: number;
  /** Whether other times with places are left beside the one chosen first. */
  othersOpen: boolean;
}

export type FlowAction =
  | { type: 'browse'; category: string | null }
  | { type: 'chooseTopic'; topic: string }
  | { type: 'chooseLanguage'; code: string }
  | { type: 'onlyBranch'; id: string }
  | { type: 'chooseBranch'; id: string }
  | { type: 'chooseTime'; slotId: string | null }
  | { type: 'setAlternatives'; ids: string[] }
  | { type: 'setDetails'; details: Details }
  | { type: 'next'; facts: StepFacts }
  | { type: 'back' }
  | { type: 'sending' }
  | { type: 'sendFailed' }
  /** What the visitor typed turned out wrong only at Send: back to the field. */
  | { type: 'refused'; fields: FieldProblems | null }
  | { type: 'sent'; queued: QueuedRequest };

const NO_DETAILS: Details = { firstName: '', phone: '', email: '', consent: false };

/**
 * A new request. Started from a guide the topic is known and the flow begins with the language;
 * otherwise it asks what the visit is about first (with a category already open, if the visitor
 * came from one).
 */
export function startFlow(start: { topic: string | null; browsing?: string | null; language: string }): FlowState {
  return {
    step: start.topic === null ? 'topic' : 'language',
    history: [],
    topic: start.topic,
    browsing: start.browsing ?? null,
    language: start.language,
    branchId: '',
    first: null,
    alternatives: [],
    anyTime: false,
    details: NO_DETAILS,
    fieldProblems: {},
    choiceProblem: null,
    sending: 'idle',
    queued: null,
    hadContact: false,
  };
}

/** The request as it would be sent now. */
export function requestOf(state: FlowState, createdAt: string): BookingRequest {
  const phone = state.details.phone.trim();
  const email = state.details.email.trim();
  return {
    topic: state.topic ?? OTHER_TOPIC,
    language: state.language,
    branchId: state.branchId || null,
    slots: state.anyTime || state.first === null ? [] : [state.first, ...state.alternatives],
    anyTime: state.anyTime,
    firstName: cleanFirstName(state.details.firstName),
    phone: phone || null,
    email: email || null,
    consent: phone || email ? state.details.consent : false,
    createdAt,
  };
}

const FIELD_OF: Record<string, FieldName> = {
  'body/firstName': 'firstName',
  'body/phone': 'phone',
  'body/email': 'email',
  'body/consent': 'consent',
};

/** The first problem with what the visitor typed, by the same rules as the server; null if none. */
export function fieldProblemsOf(request: BookingRequest): FieldProblems | null {
  const problem = bookingProblem(request);
  const field = problem ? FIELD_OF[problem.field] : undefined;
  if (!field) return null;
  if (field === 'firstName') return { firstName: request.firstName === '' ? 'firstNameMissing' : 'firstName' };
  return { [field]: field };
}

/** Where Next goes from the current step, or what keeps the visitor there. The step order lives here. */
export function stepAfter(
  state: FlowState,
  facts: StepFacts,
): { step: Step } | { choice: ChoiceProblem } | { fields: FieldProblems } | null {
  switch (state.step) {
    case 'topic':
      return state.topic === null ? null : { step: 'language' };
    case 'language':
      return { step: facts.branchCount > 1 ? 'branch' : 'time' };
    case 'branch':
      return state.branchId ? { step: 'time' } : { choice: 'branch' };
    case 'time':
      if (!state.anyTime && state.first === null) return { choice: 'slots' };
      return { step: !state.anyTime && facts.othersOpen ? 'alternatives' : 'details' };
    case 'alternatives':
      return { step: 'details' };
    case 'details': {
      const fields = fieldProblemsOf(requestOf(state, new Date(0).toISOString()));
      return fields ? { fields } : { step: 'check' };
    }
    default:
      // Check sends (an action of its own); done is the end.
      return null;
  }
}

function go(state: FlowState, step: Step): FlowState {
  return { ...state, step, history: [...state.history, state.step], choiceProblem: null, fieldProblems: {} };
}

/** What each tap does to the request being made. */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'browse':
      return { ...state, browsing: action.category };
    case 'chooseTopic':
      // One tap chooses and moves on: a tile is the answer, there is nothing to confirm.
      return go({ ...state, topic: action.topic }, 'language');
    case 'chooseLanguage':
      return { ...state, language: action.code };
    case 'onlyBranch':
      return state.branchId ? state : { ...state, branchId: action.id };
    case 'chooseBranch':
      if (action.id === state.branchId) return { ...state, choiceProblem: null };
      // Times belong to a library: another library's choice starts the times afresh.
      return { ...state, branchId: action.id, first: null, alternatives: [], choiceProblem: null };
    case 'chooseTime':
      return {
        ...state,
        first: action.slotId,
        anyTime: action.slotId === null,
        alternatives: action.slotId === null ? [] : state.alternatives.filter((id) => id !== action.slotId),
        choiceProblem: null,
      };
    case 'setAlternatives':
      return { ...state, alternatives: action.ids };
    case 'setDetails':
      return { ...state, details: action.details };
    case 'next': {
      const after = stepAfter(state, action.facts);
      if (after === null) return state;
      if ('choice' in after) return { ...state, choiceProblem: after.choice };
      if ('fields' in after) return { ...state, fieldProblems: after.fields };
      return go(state, after.step);
    }
    case 'back': {
      if (state.step === 'topic' && state.browsing !== null) return { ...state, browsing: null };
      const previous = state.history.at(-1);
      if (!previous) return state;
      // Back onto the topic screen shows the category the topic was chosen from.
      return { ...state, step: previous, history: state.history.slice(0, -1), choiceProblem: null, fieldProblems: {} };
    }
    case 'sending':
      return { ...state, sending: 'sending' };
    case 'sendFailed':
      return { ...state, sending: 'failed' };
    case 'refused':
      if (action.fields) return { ...go(state, 'details'), fieldProblems: action.fields };
      return { ...state, choiceProblem: 'slots' };
    case 'sent':
      // The request is on the tablet now; the flow keeps none of the visitor's details.
      return {
        ...state,
        step: 'done',
        history: [],
        sending: 'idle',
        queued: action.queued,
        hadContact: state.details.phone.trim() !== '' || state.details.email.trim() !== '',
        details: NO_DETAILS,
      };
    default:
      return state;
  }
}

/** Whether Back leaves the flow (nothing behind this screen inside it). */
export function backLeaves(state: FlowState): boolean {
  return state.history.length === 0 && !(state.step === 'topic' && state.browsing !== null);
}
