import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GuideBlock, type GuideDoc, serialiseGuide } from '../../src/domain/guide-blocks.js';
import { GuideBlocksError, parseGuideBlocks } from '../../src/domain/guide-blocks-parse.js';
import { parseGuideMarkdown } from '../../src/server/content/markdown-guide.js';

/** Fixed so a failure can be replayed; printed in the test's name. */
const SEED = 1414;
const RUNS = 150;

const word = fc.stringMatching(/^[a-zåäöA-ZÅÄÖ\u0627-\u064a0-9]{1,8}$/);
/** Line starts that would make a block of their own if written unescaped. */
const risky = fc.constantFrom('#', '##', '-', '+', '*', '>', '1.', '2)', '===', '---', '***', '_', '**bold**');
const line = fc
  .tuple(
    fc.option(risky, { nil: undefined }),
    fc.array(fc.oneof(word, fc.constant('**fet**')), { minLength: 1, maxLength: 6 }),
  )
  .map(([start, words]) => (start ? [start, ...words] : words).join(' '));
const oneLine = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const lines = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));

const block: fc.Arbitrary<GuideBlock> = fc.oneof(
  lines.map((text) => ({ kind: 'text' as const, text })),
  lines.map((text) => ({ kind: 'tip' as const, text })),
  lines.map((text) => ({ kind: 'warning' as const, text })),
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(line, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('image' as const), src: fc.constant('media/printer.svg'), alt: oneLine }),
  fc.record({ kind: fc.constant('link' as const), label: oneLine, url: fc.constant('https://www.1177.se') }),
);
const docWith = (minBlocks: number): fc.Arbitrary<GuideDoc> =>
  fc.record({
    title: oneLine,
    summary: fc.array(lines, { maxLength: 2 }).map((p) => p.join('\n\n')),
    steps: fc.array(fc.record({ title: line, blocks: fc.array(block, { minLength: minBlocks, maxLength: 6 }) }), {
      minLength: 1,
      maxLength: 5,
    }),
  });
const doc = docWith(0);

const guides = readdirSync('content/guides').flatMap((slug) =>
  readdirSync(`content/guides/${slug}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `content/guides/${slug}/${f}`),
);
const kioskView = (markdown: string) => parseGuideMarkdown(markdown, (path) => path);

describe('guide blocks ⇄ Markdown', () => {
  it(`reads back every generated guide as written (seed ${SEED})`, () => {
    fc.assert(
      fc.property(doc, (d) => {
        const markdown = serialiseGuide(d);
        expect(parseGuideBlocks(markdown)).toEqual(d);
        expect(serialiseGuide(parseGuideBlocks(markdown))).toBe(markdown);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`writes what the server accepts, with the blocks the editor shows (seed ${SEED})`, () => {
    fc.assert(
      fc.property(docWith(1), (d) => {
        const parsed = kioskView(serialiseGuide(d));
        expect(parsed.steps.map((s) => s.blocks.length)).toEqual(d.steps.map((s) => s.blocks.length));
        expect(parsed.steps.flatMap((s) => s.blocks.map((b) => (b.type === 'note' ? b.kind : b.type)))).toEqual(
          d.steps.flatMap((s) =>
            s.blocks.map((b) => ({ text: 'paragraph', link: 'paragraph' })[b.kind as string] ?? b.kind),
          ),
        );
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it.each(guides)('%s round-trips byte for byte', (path) => {
    const markdown = readFileSync(path, 'utf8');
    const blocks = parseGuideBlocks(markdown);
    expect(serialiseGuide(blocks)).toBe(markdown);
    expect(kioskView(serialiseGuide(blocks))).toEqual(kioskView(markdown));
  });

  it('keeps the kiosk’s text the same when a field starts like Markdown', () => {
    const markdown = serialiseGuide({
      title: '1. Title',
      summary: '- not a list',
      steps: [{ title: '# not a heading', blocks: [{ kind: 'tip', text: '> not a quote' }] }],
    });
    const kiosk = kioskView(markdown);
    expect(kiosk.title).toBe('1. Title');
    expect(kiosk.summary).toBe('- not a list');
    expect(kiosk.steps[0]?.title).toBe('# not a heading');
    expect(kiosk.steps[0]?.blocks).toEqual([
      { type: 'note', kind: 'tip', content: [{ type: 'text', value: '> not a quote' }] },
    ]);
  });

  it('leaves empty blocks out and keeps two lists apart', () => {
    const markdown = serialiseGuide({
      title: 'T',
      summary: '',
      steps: [
        {
          title: 'S',
          blocks: [
            { kind: 'text', text: '  ' },
            { kind: 'list', ordered: false, items: ['a'] },
            { kind: 'list', ordered: false, items: ['b', ''] },
          ],
        },
      ],
    });
    expect(markdown).toBe('# T\n\n## S\n\n- a\n\n* b\n');
    expect(kioskView(markdown).steps[0]?.blocks).toHaveLength(2);
  });

  it('names the line of a shape it cannot show as blocks', () => {
    expect(() => parseGuideBlocks('# T\n\n## S\n\n```\ncode\n```\n')).toThrow(GuideBlocksError);
    expect(() => parseGuideBlocks('# T\n\n## S\n\n```\ncode\n```\n')).toThrow(/line 5/);
  });
});
