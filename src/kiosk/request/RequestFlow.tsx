import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { enqueueRequest, onOutboxChange, type QueuedRequest, readSlotFeed } from '../../client/help-client.js';
import { type BookingRequest, bookingProblem, cleanFirstName, OTHER_TOPIC, type SlotFeed } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { CheckStep, DoneStep, type OutboxChange } from './CheckSteps.js';
import { AlternativesStep, BranchStep, LanguageStep, TimeStep } from './ChoiceSteps.js';
import { type Details, DetailsStep, type FieldErrors, type FieldName } from './DetailsStep.js';
import { arrangeSlots, branchesOf, feedForTopic } from './slot-choice.js';
import type { RequestFlowProps } from './types.js';

type Step = 'language' | 'branch' | 'time' | 'alternatives' | 'details' | 'check' | 'done';

const HEADINGS: Record<Step, string> = {
  language: 'request.language.heading',
  branch: 'request.branch.heading',
  time: 'request.time.heading',
  alternatives: 'request.alternatives.heading',
  details: 'request.details.heading',
  check: 'request.check.heading',
  done: 'request.done.heading',
};

const MESSAGES: Record<Exclude<FieldName, 'firstName'>, string> = {
  phone: 'request.errors.phone',
  email: 'request.errors.email',
  consent: 'request.errors.consent',
};

const FIELDS: Record<string, FieldName> = {
  'body/firstName': 'firstName',
  'body/phone': 'phone',
  'body/email': 'email',
  'body/consent': 'consent',
};

/**
 * The visitor asks for a help session: language, (library,) time, other times, first name and
 * reminder, check, and the reference code. One question per screen. Everything the visitor
 * enters is state of this component, inside the visit, so the idle reset clears it.
 */
export function RequestFlow({ topic, topicTitle, topicCategory, onBack, onDone }: RequestFlowProps) {
  const { t, lang } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>('language');
  const [history, setHistory] = useState<Step[]>([]);
  const [feed, setFeed] = useState<SlotFeed | null | undefined>(undefined);
  const [language, setLanguage] = useState(lang);
  const [branchId, setBranchId] = useState('');
  const [first, setFirst] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<string[]>([]);
  const [anyTime, setAnyTime] = useState(false);
  const [details, setDetails] = useState<Details>({ firstName: '', phone: '', email: '', consent: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [sending, setSending] = useState<'idle' | 'sending' | 'failed'>('idle');
  const [queued, setQueued] = useState<QueuedRequest | null>(null);
  const [hadContact, setHadContact] = useState(false);
  const [changes, setChanges] = useState<Record<string, OutboxChange>>({});

  useEffect(() => {
    let current = true;
    void readSlotFeed()
      .catch(() => null)
      .then((kept) => {
        if (!current) return;
        const topics = topic === OTHER_TOPIC ? [] : [topic, ...(topicCategory ? [topicCategory] : [])];
        setFeed(feedForTopic(kept, topics));
        const branches = branchesOf(kept);
        if (branches.length === 1 && branches[0]) setBranchId(branches[0].id);
      });
    return () => {
      current = false;
    };
  }, []);

  // Listening before the request is queued, so an answer that comes at once is not missed.
  useEffect(() => onOutboxChange((change) => setChanges((all) => ({ ...all, [change.key]: change }))), []);

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [step]);

  const branches = branchesOf(feed ?? null);
  const go = (next: Step) => {
    setChoiceError(null);
    setHistory((past) => [...past, step]);
    setStep(next);
  };
  const back = () => {
    setChoiceError(null);
    const previous = history.at(-1);
    if (!previous) {
      onBack();
      return;
    }
    setHistory((past) => past.slice(0, -1));
    setStep(previous);
  };

  const request = (): BookingRequest => {
    const phone = details.phone.trim();
    const email = details.email.trim();
    return {
      topic,
      language,
      branchId: branchId || null,
      slots: anyTime || first === null ? [] : [first, ...alternatives],
      anyTime,
      firstName: cleanFirstName(details.firstName),
      phone: phone || null,
      email: email || null,
      consent: phone || email ? details.consent : false,
      createdAt: new Date().toISOString(),
    };
  };

  /** The first problem with the visitor's details, in their language, under the field it names. */
  const detailsProblem = (made: BookingRequest): FieldErrors | null => {
    const problem = bookingProblem(made);
    const field = problem ? FIELDS[problem.field] : undefined;
    if (!field) return null;
    const message =
      field === 'firstName'
        ? made.firstName === ''
          ? t('request.errors.firstNameMissing')
          : t('request.errors.firstName')
        : t(MESSAGES[field]);
    return { [field]: message };
  };

  const next = () => {
    switch (step) {
      case 'language':
        go(branches.length > 1 ? 'branch' : 'time');
        return;
      case 'branch':
        if (!branchId) setChoiceError(t('request.errors.branch'));
        else go('time');
        return;
      case 'time': {
        if (!anyTime && first === null) {
          setChoiceError(t('request.errors.slots'));
          return;
        }
        const others = arrangeSlots(feed ?? null, { branchId, language, now: new Date(), exclude: [first ?? ''] });
        go(!anyTime && others.anyOpen ? 'alternatives' : 'details');
        return;
      }
      case 'alternatives':
        go('details');
        return;
      case 'details': {
        const problem = detailsProblem(request());
        setErrors(problem ?? {});
        if (!problem) go('check');
        return;
      }
      default:
    }
  };

  const send = async () => {
    const made = request();
    const problem = bookingProblem(made);
    if (problem) {
      const fieldProblem = detailsProblem(made);
      if (fieldProblem) {
        setErrors(fieldProblem);
        go('details');
      } else {
        setChoiceError(t('request.errors.slots'));
      }
      return;
    }
    setSending('sending');
    try {
      const sent = await enqueueRequest(made);
      // The request is on the tablet now; the flow needs none of the visitor's details any more.
      setHadContact(made.phone !== null || made.email !== null);
      setDetails({ firstName: '', phone: '', email: '', consent: false });
      setQueued(sent);
      setSending('idle');
      setHistory([]);
      setStep('done');
    } catch {
      setSending('failed');
    }
  };

  let body: JSX.Element;
  let action: JSX.Element | null = (
    <button type="button" class="primary" onClick={next}>
      {t('guide.next')}
    </button>
  );
  switch (step) {
    case 'language':
      body = <LanguageStep language={language} onChoose={setLanguage} />;
      break;
    case 'branch':
      body = (
        <BranchStep
          branches={branches}
          branchId={branchId}
          onChoose={(id) => {
            if (id !== branchId) {
              setFirst(null);
              setAlternatives([]);
            }
            setBranchId(id);
            setChoiceError(null);
          }}
        />
      );
      break;
    case 'time':
      body = (
        <TimeStep
          feed={feed}
          branch={branches.find((b) => b.id === branchId) ?? null}
          language={language}
          first={first}
          anyTime={anyTime}
          onChoose={(slotId) => {
            setFirst(slotId);
            setAnyTime(slotId === null);
            setAlternatives((chosen) => (slotId === null ? [] : chosen.filter((id) => id !== slotId)));
            setChoiceError(null);
          }}
        />
      );
      break;
    case 'alternatives':
      body = (
        <AlternativesStep
          feed={feed ?? null}
          branchId={branchId}
          language={language}
          first={first}
          alternatives={alternatives}
          onChange={setAlternatives}
        />
      );
      break;
    case 'details':
      body = <DetailsStep details={details} errors={errors} onChange={setDetails} onSubmit={next} />;
      action = (
        <button type="submit" form="request-details" class="primary">
          {t('guide.next')}
        </button>
      );
      break;
    case 'check':
      body = <CheckStep request={request()} topicTitle={topicTitle} feed={feed ?? null} sending={sending} />;
      action = (
        <button type="button" class="primary" disabled={sending === 'sending'} onClick={() => void send()}>
          {t('request.check.send')}
        </button>
      );
      break;
    default:
      body = (
        <DoneStep
          queued={queued}
          change={queued ? (changes[queued.key] ?? null) : null}
          hadContact={hadContact}
          feed={feed ?? null}
        />
      );
      action = null;
  }

  return (
    <main class={`request request-${step}`}>
      <h1 tabIndex={-1} ref={heading}>
        {t(HEADINGS[step])}
      </h1>
      {body}
      {choiceError && (
        <p class="field-error" role="alert">
          {choiceError}
        </p>
      )}
      {/* Keyed by step: a tap on Next must never land on the next step's button (a submit). */}
      {action ? (
        <nav class="step-nav request-nav" key={step}>
          <button type="button" class="secondary" onClick={back} disabled={sending === 'sending'}>
            {t('guide.back')}
          </button>
          {action}
        </nav>
      ) : (
        <nav class="step-nav request-nav">
          <button type="button" class="primary" onClick={onDone}>
            {t('guide.done')}
          </button>
        </nav>
      )}
    </main>
  );
}
