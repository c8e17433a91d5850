import { useState } from 'preact/hooks';
import { BLOCK_KINDS, type BlockKind, type GuideStep } from '../../domain/guide-blocks.js';
import type { Language } from '../../domain/languages.js';
import type { GuideText } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { StatusChip } from '../components/status-chip.js';
import { BlockField, kindLabel } from './block-field.js';
import type { BlocksAction } from './blocks-state.js';
import { SourceBlock } from './source-block.js';
import { stepStatus } from './step-status.js';

interface StepRowProps {
  /** 0-based. */
  index: number;
  step: GuideStep | undefined;
  /** The Swedish step beside it; undefined when editing the Swedish itself. */
  source: GuideStep | undefined;
  translating: boolean;
  language: Language;
  saved: GuideText | undefined;
  dispatch: (action: BlocksAction) => void;
  /** Lays the missing step out like the Swedish one. */
  onTranslateStep: () => void;
}

/** One step: its title and blocks, each level with the Swedish block it translates. */
export function StepRow({
  index,
  step,
  source,
  translating,
  language,
  saved,
  dispatch,
  onTranslateStep,
}: StepRowProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const headingId = `step-${number}-heading`;
  const blocks = step?.blocks ?? [];
  const rows = Math.max(blocks.length, translating ? (source?.blocks.length ?? 0) : 0);
  const named = { step: number, language: language.nativeName };
  return (
    <section class={translating ? 'block-step aligned' : 'block-step'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('blockEditor.step', { step: number })}
        {translating && source && (
          <>
            {' – '}
            <span lang="sv">{source.title}</span>
          </>
        )}
      </h3>
      {translating && <StatusChip status={stepStatus(step, saved)} />}
      {translating && !source && <p class="hint">{t('blockEditor.noSourceStep', { step: number })}</p>}
      {!step ? (
        <button type="button" onClick={onTranslateStep}>
          {t('blockEditor.translateStep', { step: number })}
        </button>
      ) : (
        <div class="block-rows">
          {translating && (
            <div lang="sv" class="source-block">
              {source?.title}
            </div>
          )}
          <div class="block-field">
            <label for={`step-title-${number}`}>{t('blockEditor.stepTitle', named)}</label>
            <input
              id={`step-title-${number}`}
              lang={language.htmlLang}
              dir={language.dir}
              value={step.title}
              onInput={(e) => dispatch({ type: 'stepTitle', step: index, value: e.currentTarget.value })}
            />
          </div>
          {Array.from({ length: rows }, (_, j) => {
            const block = blocks[j];
            return [
              translating && <SourceBlock key={`s${j}`} block={source?.blocks[j]} />,
              block ? (
                <BlockField
                  key={`b${j}`}
                  block={block}
                  step={number}
                  index={j + 1}
                  count={blocks.length}
                  language={language}
                  onChange={(value) => dispatch({ type: 'setBlock', step: index, block: j, value })}
                  onMove={(by) => dispatch({ type: 'moveBlock', step: index, block: j, by })}
                  onRemove={() => dispatch({ type: 'removeBlock', step: index, block: j })}
                />
              ) : (
                <div key={`b${j}`} class="block-field" />
              ),
            ];
          })}
        </div>
      )}
      {step && (
        <AddBlock step={index} dispatch={dispatch} onRemoveStep={() => dispatch({ type: 'removeStep', step: index })} />
      )}
    </section>
  );
}

/** Adds a block of a chosen kind at the step's end, and removes the step. */
function AddBlock({
  step,
  dispatch,
  onRemoveStep,
}: {
  step: number;
  dispatch: (a: BlocksAction) => void;
  onRemoveStep: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BlockKind>('text');
  const id = `add-kind-${step + 1}`;
  return (
    <div class="actions">
      <label for={id}>{t('blockEditor.addKind', { step: step + 1 })}</label>
      <select
        id={id}
        value={kind}
        onChange={(e) => setKind(BLOCK_KINDS.find((k) => k === e.currentTarget.value) ?? 'text')}
      >
        {BLOCK_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(t, k)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => dispatch({ type: 'addBlock', step, kind })}>
        {t('blockEditor.addBlock', { step: step + 1 })}
      </button>
      <button type="button" onClick={onRemoveStep}>
        {t('blockEditor.removeStep', { step: step + 1 })}
      </button>
    </div>
  );
}
