import type { JSX } from 'preact';
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { enqueueRequest, onOutboxChange, readSlotFeed } from '../../client/help-client.js';
import type { SlotFeed } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ActionBar, BackButton, ForwardButton } from '../chrome/ActionBar.js';
import '../chrome/action-bar.css';
import { useStartAtTop } from '../chrome/use-start-at-top.js';
import { CheckStep, DoneStep, type OutboxChange } from './CheckSteps.js';
import { AlternativesStep, BranchStep, LanguageStep, TimeStep } from './ChoiceSteps.js';
import { DetailsStep, type FieldErrors } from './DetailsStep.js';
import {
  backLeaves,
  type ChoiceProblem,
  type FieldProblem,
  fieldProblemsOf,
  flowReducer,
  requestOf,
  type Step,
  startFlow,
} from './flow-steps.js';
import { arrangeSlots, branchesOf, feedForTopic } from './slot-choice.js';
import { TopicStep } from './TopicStep.js';
import { feedTopics, topicTitle } from './topics.js';
import type { RequestFlowProps } from './types.js';

const HEADINGS: Record<Step, string> = {
  topic: 'request.topic.heading',
  language: 'request.language.heading',
  branch: 'request.branch.heading',
  time: 'request.time.heading',
  alternatives: 'request.alternatives.heading',
  details: 'request.details.heading',
  check: 'request.check.heading',
  done: 'request.done.heading',
};

const FIELD_MESSAGES: Record<FieldProblem, string> = {
  firstNameMissing: 'request.errors.firstNameMissing',
  firstName: 'request.errors.firstName',
  phone: 'request.errors.phone',
  email: 'request.errors.email',
  consent: 'request.errors.consent',
};

const CHOICE_MESSAGES: Record<ChoiceProblem, string> = {
  branch: 'request.errors.branch',
  slots: 'request.errors.slots',
};

/**
 * The visitor asks for a help session: what about (unless they came from a guide), language,
 * (library,) time, other times, first name and reminder, check, and the reference code. One
 * question per screen; the order is `stepAfter`'s. Everything the visitor enters is state of
 * this component, inside the visit, so the idle reset clears it.
 */
export function RequestFlow({ topic, browsing, guides, categories, onBack, onDone }: RequestFlowProps) {
  const { t, lang } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [state, dispatch] = useReducer(flowReducer, { topic, browsing, language: lang }, startFlow);
  const [kept, setKept] = useState<SlotFeed | null | undefined>(undefined);
  const [changes, setChanges] = useState<Record<string, OutboxChange>>({});

  useEffect(() => {
    let current = true;
    void readSlotFeed()
      .catch(() => null)
      .then((feed) => {
        if (!current) return;
        setKept(feed);
        const branches = branchesOf(feed);
        if (branches.length === 1 && branches[0]) dispatch({ type: 'onlyBranch', id: branches[0].id });
      });
    return () => {
      current = false;
    };
  }, []);

  // Listening before the request is queued, so an answer that comes at once is not missed.
  useEffect(() => onOutboxChange((change) => setChanges((all) => ({ ...all, [change.key]: change }))), []);

  useStartAtTop(heading, [state.step, state.browsing]);

  // Only sessions meant for the topic (or for any topic) are offered.
  const feed = useMemo(
    () => (kept === undefined ? undefined : feedForTopic(kept, feedTopics(state.topic, guides))),
    [kept, state.topic, guides],
  );
  const branches = branchesOf(feed ?? null);
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(state.fieldProblems).map(([field, problem]) => [field, t(FIELD_MESSAGES[problem])]),
  );

  const next = () => {
    const others =
      state.step === 'time'
        ? arrangeSlots(feed ?? null, {
            branchId: state.branchId,
            language: state.language,
            now: new Date(),
            exclude: [state.first ?? ''],
          }).anyOpen
        : false;
    dispatch({ type: 'next', facts: { branchCount: branches.length, othersOpen: others } });
  };
  const back = () => (backLeaves(state) ? onBack() : dispatch({ type: 'back' }));

  const send = async () => {
    const made = requestOf(state, new Date().toISOString());
    if (fieldProblemsOf(made) || made.slots.length + (made.anyTime ? 1 : 0) === 0) {
      dispatch({ type: 'refused', fields: fieldProblemsOf(made) });
      return;
    }
    dispatch({ type: 'sending' });
    try {
      dispatch({ type: 'sent', queued: await enqueueRequest(made) });
    } catch {
      dispatch({ type: 'sendFailed' });
    }
  };

  let body: JSX.Element;
  let action: JSX.Element | null = <ForwardButton sign="next" label={t('guide.next')} onClick={next} />;
  switch (state.step) {
    case 'topic':
      body = (
        <TopicStep
          guides={guides}
          categories={categories}
          browsing={state.browsing}
          onBrowse={(category) => dispatch({ type: 'browse', category })}
          onChoose={(chosen) => dispatch({ type: 'chooseTopic', topic: chosen })}
        />
      );
      // A tile is the answer: there is no Next to tap.
      action = null;
      break;
    case 'language':
      body = <LanguageStep language={state.language} onChoose={(code) => dispatch({ type: 'chooseLanguage', code })} />;
      break;
    case 'branch':
      body = (
        <BranchStep
          branches={branches}
          branchId={state.branchId}
          onChoose={(id) => dispatch({ type: 'chooseBranch', id })}
        />
      );
      break;
    case 'time':
      body = (
        <TimeStep
          feed={feed}
          branch={branches.find((b) => b.id === state.branchId) ?? null}
          language={state.language}
          first={state.first}
          anyTime={state.anyTime}
          onChoose={(slotId) => dispatch({ type: 'chooseTime', slotId })}
        />
      );
      break;
    case 'alternatives':
      body = (
        <AlternativesStep
          feed={feed ?? null}
          branchId={state.branchId}
          language={state.language}
          first={state.first}
          alternatives={state.alternatives}
          onChange={(ids) => dispatch({ type: 'setAlternatives', ids })}
        />
      );
      break;
    case 'details':
      body = (
        <DetailsStep
          details={state.details}
          errors={errors}
          onChange={(details) => dispatch({ type: 'setDetails', details })}
          onSubmit={next}
        />
      );
      action = <ForwardButton sign="next" label={t('guide.next')} form="request-details" />;
      break;
    case 'check':
      body = (
        <CheckStep
          request={requestOf(state, new Date().toISOString())}
          topicTitle={topicTitle(state.topic, guides, categories)}
          feed={feed ?? null}
          sending={state.sending}
        />
      );
      action = (
        <ForwardButton
          sign="send"
          label={t('request.check.send')}
          disabled={state.sending === 'sending'}
          onClick={() => void send()}
        />
      );
      break;
    default:
      body = (
        <DoneStep
          queued={state.queued}
          change={state.queued ? (changes[state.queued.key] ?? null) : null}
          hadContact={state.hadContact}
          feed={feed ?? null}
        />
      );
  }

  return (
    <main class={`request request-${state.step}`}>
      <h1 tabIndex={-1} ref={heading}>
        {t(HEADINGS[state.step])}
      </h1>
      {body}
      {state.choiceProblem && (
        <p class="field-error" role="alert">
          {t(CHOICE_MESSAGES[state.choiceProblem])}
        </p>
      )}
      {/* Keyed by step: a tap on Next must never land on the next step's button (a submit). */}
      <ActionBar key={state.step}>
        {state.step === 'done' ? (
          <ForwardButton sign="done" label={t('guide.done')} onClick={onDone} />
        ) : (
          <>
            <BackButton onClick={back} disabled={state.sending === 'sending'} />
            {action}
          </>
        )}
      </ActionBar>
    </main>
  );
}
