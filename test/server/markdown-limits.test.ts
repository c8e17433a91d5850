import { describe, expect, it } from 'vitest';
import { GuideSyntaxError, parseGuideMarkdown } from '../../src/server/content/markdown-guide.js';

const HEAD = '# T\n\nS\n\n## Steg\n\n';
const anyImage = (path: string) => path;

describe('the limits checked before a guide text is parsed', () => {
  it.each([
    ['emphasis markers in one paragraph', `${HEAD}${'*a'.repeat(8000)}`, /line 7: .*\* or _/],
    ['mixed emphasis markers', `${HEAD}${'*_a'.repeat(5000)}`, /line 7: .*\* or _/],
    ['link brackets in one paragraph', `${HEAD}${'[a]'.repeat(4000)}`, /line 7: .*\[/],
    ['unfinished links', `${HEAD}${'[a]('.repeat(4000)}`, /line 7: .*\[/],
    ['a list item that starts another list', `${HEAD}text\n\n${'- - a\n'.repeat(2000)}`, /line 9: .*list/],
    ['a quote inside a quote', `${HEAD}> > [!TIP] a`, /line 7: .*quote/],
    ['thousands of lazy lines in one list item', `${HEAD}- a\n${'a\n'.repeat(10_000)}`, /line 107: .*lines/],
    ['setext underlines', `${HEAD}${'a\n-\n'.repeat(10_000)}`, /line 8: .*only - or =/],
    ['thousands of notes', `${HEAD}${'> a\n\n'.repeat(5000)}`, /line 407: .*notes/],
  ])('refuses %s promptly, as a GuideSyntaxError naming the line', (_name, markdown, message) => {
    const started = performance.now();
    expect(() => parseGuideMarkdown(markdown, anyImage)).toThrow(GuideSyntaxError);
    // Generous: the scan takes a millisecond; micromark took seconds on most of these shapes.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => parseGuideMarkdown(markdown, anyImage)).toThrow(message);
  });

  it('counts per paragraph, so long guides with ordinary emphasis pass', () => {
    const paragraph = 'Tryck på **Nästa** och *sedan* på [1177](https://www.1177.se). '.repeat(20);
    const list = '- Välj **Skriv ut**.\n'.repeat(40);
    const guide = parseGuideMarkdown(`${HEAD}${`${paragraph}\n\n${list}\n`.repeat(3)}`, anyImage);
    expect(guide.steps[0]?.blocks).toHaveLength(6);
  });

  it('names the line where the limit is passed, not where the paragraph starts', () => {
    const markdown = `${HEAD}intro\n\n${'*a*\n'.repeat(99)}*a* *b*`;
    expect(() => parseGuideMarkdown(markdown, anyImage)).toThrow(/line 108:/);
  });
});
