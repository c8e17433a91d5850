import type { TFunction } from 'i18next';
import type { ComponentChildren, Ref } from 'preact';
import type { Step } from '../../domain/content.js';
import type { Language } from '../../domain/languages.js';
import { StepBlocks } from '../../ui/step-blocks.js';
import { ActionBar, BackButton, ForwardButton } from '../chrome/ActionBar.js';
import { StepCounter } from '../chrome/StepCounter.js';
import { StepLinkCodes } from './TakeAway.js';

/** Every word a guide step shows of the kiosk's own, in the language of the guide being read. */
export interface GuideStepStrings {
  actionBar: string;
  back: string;
  next: string;
  done: string;
  tip: string;
  warning: string;
  linksHeading: string;
  stepOf: (current: number, total: number) => string;
}

/**
 * The step's words from a kiosk translate function: the kiosk's own (the visitor's language) or
 * the console preview's (the language being edited), so both read the same keys.
 */
export function guideStepStrings(t: TFunction): GuideStepStrings {
  return {
    actionBar: t('actionBar.label'),
    back: t('guide.back'),
    next: t('guide.next'),
    done: t('guide.done'),
    tip: t('guide.tip'),
    warning: t('guide.warning'),
    linksHeading: t('guide.linksHeading'),
    stepOf: (current, total) => t('guide.stepOf', { current, total }),
  };
}

export interface GuideStepProps {
  guideTitle: string;
  /** The step shown; undefined only for a guide without steps (then the step is empty). */
  step: Step | undefined;
  /** Where the step is in the guide, from 0. */
  index: number;
  total: number;
  /** The language the guide is written in (its direction turns the blocks and arrows). */
  language: Language;
  strings: GuideStepStrings;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shown between the guide's title and the step counter (the kiosk: draft note, video). */
  header?: ComponentChildren;
  /** Shown in the step, below its heading (the kiosk: read aloud). */
  tools?: ComponentChildren;
  /** Shown after the step, above the action bar (the kiosk: help request, take-away code). */
  footer?: ComponentChildren;
  onBack: () => void;
  onNext: () => void;
  /** Forward from the last step. */
  onDone: () => void;
}

/**
 * One step of a guide as a visitor sees it: the guide's title, the step counter, the step, and the
 * fixed bar with Back and Next (Done on the last step). It reads nothing itself, neither content
 * store, router, session nor the global i18next, so the console's preview renders exactly this.
 */
export function GuideStep(props: GuideStepProps) {
  const { guideTitle, step, index, total, language, strings, headingRef } = props;
  return (
    <>
      <p class="guide-title">{guideTitle}</p>
      {props.header}
      <StepCounter current={index + 1} total={total} label={strings.stepOf(index + 1, total)} />
      <article class="step">
        <h1 tabIndex={-1} ref={headingRef}>
          {step?.title}
        </h1>
        {props.tools}
        {step && (
          <StepBlocks
            blocks={step.blocks}
            noteLabels={{ tip: strings.tip, warning: strings.warning }}
            rtl={language.dir === 'rtl'}
          />
        )}
        {step && <StepLinkCodes step={step} heading={strings.linksHeading} />}
      </article>
      {props.footer}
      <ActionBar label={strings.actionBar}>
        <BackButton label={strings.back} onClick={props.onBack} />
        {index < total - 1 ? (
          <ForwardButton sign="next" label={strings.next} onClick={props.onNext} />
        ) : (
          <ForwardButton sign="done" label={strings.done} onClick={props.onDone} />
        )}
      </ActionBar>
    </>
  );
}
