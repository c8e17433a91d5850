import { describe, expect, it } from 'vitest';
import { GuideSyntaxError, parseGuideMarkdown } from '../../src/server/content/markdown-guide.js';

const noImages = (path: string) => {
  throw new GuideSyntaxError(`unexpected image ${path}`);
};

describe('parseGuideMarkdown', () => {
  it('turns the restricted subset into structured steps', () => {
    const guide = parseGuideMarkdown(
      [
        '# Skriva ut',
        '',
        'Så skriver du ut.',
        '',
        '## Öppna filen',
        'Tryck på **Arkiv** och *sedan* [1177](https://www.1177.se).',
        '',
        '- ett',
        '- två',
        '',
        '> [!WARNING] Lämna aldrig ut din kod.',
        '> Ring banken.',
        '',
        '## Hämta',
        '![En skrivare](media/printer.svg)',
        '',
        '1. Gå dit',
      ].join('\n'),
      () => 'a'.repeat(64),
    );
    expect(guide.title).toBe('Skriva ut');
    expect(guide.summary).toBe('Så skriver du ut.');
    expect(guide.steps.map((s) => s.title)).toEqual(['Öppna filen', 'Hämta']);
    expect(guide.steps[0]?.blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', value: 'Tryck på ' },
          { type: 'strong', children: [{ type: 'text', value: 'Arkiv' }] },
          { type: 'text', value: ' och ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'sedan' }] },
          { type: 'text', value: ' ' },
          { type: 'link', url: 'https://www.1177.se', children: [{ type: 'text', value: '1177' }] },
          { type: 'text', value: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', value: 'ett' }], [{ type: 'text', value: 'två' }]] },
      { type: 'note', kind: 'warning', content: [{ type: 'text', value: 'Lämna aldrig ut din kod. Ring banken.' }] },
    ]);
    expect(guide.steps[1]?.blocks[0]).toEqual({ type: 'image', media: 'a'.repeat(64), alt: 'En skrivare' });
  });

  it.each([
    ['raw HTML', '# T\n\n## S\n<script>alert(1)</script>', /html is not allowed/],
    ['inline HTML', '# T\n\n## S\nHej <img src=x onerror=alert(1)>', /html is not allowed/],
    ['a code block', '# T\n\n## S\n```\nx\n```', /code is not allowed/],
    ['a javascript: link', '# T\n\n## S\n[x](javascript:alert(1))', /https/],
    ['a plain http link', '# T\n\n## S\n[x](http://example.com)', /https/],
    ['a quote without a marker', '# T\n\n## S\n> hej', /\[!TIP\]/],
    ['no title', '## S\ntext', /title/],
    ['no steps', '# T\n\nsummary', /no "## " steps/],
    ['an empty step', '# T\n\n## S\n\n## S2\ntext', /has no text/],
    ['a deeper heading', '# T\n\n## S\n### Sub', /heading is not allowed/],
  ])('refuses %s with a clear message', (_name, markdown, message) => {
    expect(() => parseGuideMarkdown(markdown, noImages)).toThrow(message);
  });

  it('names the line of the problem', () => {
    expect(() => parseGuideMarkdown('# T\n\n## S\ntext\n\n<b>x</b>', noImages)).toThrow(/line 6/);
  });
});
