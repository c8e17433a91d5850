import { describe, expect, it } from 'vitest';
import type { GuideDoc } from '../../src/domain/guide-blocks.js';
import type { GuideText } from '../../src/domain/staff-api.js';
import { blocksStep } from '../../src/staff/editor/blocks-state.js';
import { stepStatus } from '../../src/staff/editor/step-status.js';

const source: GuideDoc = {
  title: 'BankID',
  summary: 'Om BankID.',
  steps: [
    {
      title: 'Ett',
      blocks: [
        { kind: 'text', text: 'Hej' },
        { kind: 'tip', text: 'Tips' },
      ],
    },
    {
      title: 'Två',
      blocks: [
        { kind: 'list', ordered: true, items: ['a', 'b'] },
        { kind: 'image', src: 'media/x.svg', alt: 'X' },
      ],
    },
  ],
};
const empty: GuideDoc = { title: '', summary: '', steps: [] };

describe('the block editor’s step function', () => {
  it('lays out a translation along the Swedish: same blocks, empty texts, images kept', () => {
    const aligned = blocksStep(empty, { type: 'alignTo', source });
    expect(aligned.steps).toEqual([
      {
        title: '',
        blocks: [
          { kind: 'text', text: '' },
          { kind: 'tip', text: '' },
        ],
      },
      {
        title: '',
        blocks: [
          { kind: 'list', ordered: true, items: ['', ''] },
          { kind: 'image', src: 'media/x.svg', alt: '' },
        ],
      },
    ]);
  });

  it('aligns one missing step without touching the ones written', () => {
    const written = blocksStep(empty, { type: 'addStep' });
    const one = blocksStep(blocksStep(written, { type: 'stepTitle', step: 0, value: 'One' }), {
      type: 'alignTo',
      source,
      step: 1,
    });
    expect(one.steps[0]?.title).toBe('One');
    expect(one.steps[1]?.blocks.map((b) => b.kind)).toEqual(['list', 'image']);
  });

  it('adds, edits, moves and removes blocks, leaving the old document as it was', () => {
    let doc = blocksStep(source, { type: 'addBlock', step: 0, kind: 'warning' });
    doc = blocksStep(doc, { type: 'setBlock', step: 0, block: 2, value: { kind: 'warning', text: 'Akta' } });
    doc = blocksStep(doc, { type: 'moveBlock', step: 0, block: 2, by: -1 });
    expect(doc.steps[0]?.blocks.map((b) => b.kind)).toEqual(['text', 'warning', 'tip']);
    expect(blocksStep(doc, { type: 'moveBlock', step: 0, block: 0, by: -1 })).toEqual(doc);
    doc = blocksStep(doc, { type: 'removeBlock', step: 0, block: 0 });
    expect(doc.steps[0]?.blocks).toEqual([
      { kind: 'warning', text: 'Akta' },
      { kind: 'tip', text: 'Tips' },
    ]);
    expect(source.steps[0]?.blocks).toHaveLength(2);
  });

  it('sets title, summary and step titles, adds and removes steps', () => {
    let doc = blocksStep(source, { type: 'title', value: 'T' });
    doc = blocksStep(doc, { type: 'summary', value: 'S' });
    doc = blocksStep(doc, { type: 'addStep' });
    doc = blocksStep(doc, { type: 'stepTitle', step: 2, value: 'Tre' });
    doc = blocksStep(doc, { type: 'removeStep', step: 0 });
    expect([doc.title, doc.summary, doc.steps.map((s) => s.title)]).toEqual(['T', 'S', ['Två', 'Tre']]);
    expect(blocksStep(doc, { type: 'reset', doc: source })).toBe(source);
  });
});

describe('a translated step’s status', () => {
  const saved = (outdated: boolean): GuideText => ({
    markdown: '',
    status: 'reviewed',
    outdated,
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'eva',
  });
  it('is missing without a title or any written block, else the text’s status', () => {
    expect(stepStatus(undefined, saved(false))).toBe('missing');
    expect(stepStatus({ title: 'A', blocks: [{ kind: 'text', text: ' ' }] }, saved(false))).toBe('missing');
    expect(stepStatus({ title: 'A', blocks: [{ kind: 'text', text: 'x' }] }, saved(false))).toBe('reviewed');
    expect(stepStatus({ title: 'A', blocks: [{ kind: 'text', text: 'x' }] }, saved(true))).toBe('outdated');
    expect(stepStatus({ title: 'A', blocks: [{ kind: 'text', text: 'x' }] }, undefined)).toBe('draft');
  });
});
