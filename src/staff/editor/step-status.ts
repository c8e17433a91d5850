import { type GuideStep, isEmptyBlock } from '../../domain/guide-blocks.js';
import type { GuideText, TranslationStatus } from '../../domain/staff-api.js';
import { textStatus } from './text-status.js';

/**
 * One translated step's status beside its Swedish step: missing when it has no title or no
 * written block; else the text's own status, which says outdated when the Swedish was saved after
 * it (the server knows that per text, not per step, so every written step shows it).
 */
export function stepStatus(step: GuideStep | undefined, saved: GuideText | undefined): TranslationStatus {
  if (!step?.title.trim() || step.blocks.every(isEmptyBlock)) return 'missing';
  return saved ? textStatus(saved) : 'draft';
}
