import { type BlockKind, blankCopy, emptyBlock, type GuideBlock, type GuideDoc } from '../../domain/guide-blocks.js';

/** What an editor does to a guide in the block editor; `step` and `block` are 0-based indexes. */
export type BlocksAction =
  | { type: 'title'; value: string }
  | { type: 'summary'; value: string }
  | { type: 'stepTitle'; step: number; value: string }
  | { type: 'addStep' }
  | { type: 'removeStep'; step: number }
  | { type: 'addBlock'; step: number; kind: BlockKind }
  | { type: 'setBlock'; step: number; block: number; value: GuideBlock }
  | { type: 'removeBlock'; step: number; block: number }
  | { type: 'moveBlock'; step: number; block: number; by: -1 | 1 }
  /** Fills in the source's missing steps (from `step` on, or all) as empty blocks to translate. */
  | { type: 'alignTo'; source: GuideDoc; step?: number }
  | { type: 'reset'; doc: GuideDoc };

/** The block editor's step function: a new document, the old one untouched. */
export function blocksStep(doc: GuideDoc, action: BlocksAction): GuideDoc {
  const steps = (f: (s: GuideDoc['steps']) => GuideDoc['steps']) => ({ ...doc, steps: f(doc.steps) });
  const blocksOf = (index: number, f: (b: GuideBlock[]) => GuideBlock[]) =>
    steps((all) => all.map((s, i) => (i === index ? { ...s, blocks: f(s.blocks) } : s)));
  switch (action.type) {
    case 'title':
      return { ...doc, title: action.value };
    case 'summary':
      return { ...doc, summary: action.value };
    case 'stepTitle':
      return steps((all) => all.map((s, i) => (i === action.step ? { ...s, title: action.value } : s)));
    case 'addStep':
      return steps((all) => [...all, { title: '', blocks: [emptyBlock('text')] }]);
    case 'removeStep':
      return steps((all) => all.filter((_, i) => i !== action.step));
    case 'addBlock':
      return blocksOf(action.step, (b) => [...b, emptyBlock(action.kind)]);
    case 'setBlock':
      return blocksOf(action.step, (b) => b.map((old, i) => (i === action.block ? action.value : old)));
    case 'removeBlock':
      return blocksOf(action.step, (b) => b.filter((_, i) => i !== action.block));
    case 'moveBlock': {
      const to = action.block + action.by;
      return blocksOf(action.step, (b) => {
        const moved = b[action.block];
        if (!moved || to < 0 || to >= b.length) return b;
        const rest = b.filter((_, i) => i !== action.block);
        return [...rest.slice(0, to), moved, ...rest.slice(to)];
      });
    }
    case 'alignTo': {
      const from = action.step ?? 0;
      const upTo = action.step === undefined ? action.source.steps.length : action.step + 1;
      const filled = [...doc.steps];
      for (let i = filled.length; i < upTo; i++) filled.push({ title: '', blocks: [] });
      for (let i = from; i < upTo; i++) {
        const target = filled[i];
        const source = action.source.steps[i];
        if (source && target && target.blocks.length === 0 && !target.title) filled[i] = blankCopy(source);
      }
      return { ...doc, steps: filled };
    }
    case 'reset':
      return action.doc;
  }
}
