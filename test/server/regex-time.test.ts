import { describe, expect, it } from 'vitest';
import { parseGuideMarkdown } from '../../src/server/content/markdown-guide.js';

/**
 * Text from requests must never meet a pattern that backtracks super-linearly: one long run of
 * spaces once held the event loop for tens of seconds. The budget is far above a linear parse
 * (tens of milliseconds) and far below the quadratic one (about 30 s at 100 KB on these machines).
 */
const BUDGET_MS = 3000;

describe('patterns applied to editors’ text', () => {
  it('parse a guide with a 100 KB run of spaces in a paragraph in linear time', () => {
    const markdown = `# Titel\n\nSammanfattning.\n\n## Steg\n\nEtt${' '.repeat(100_000)}ord.\n`;
    const started = performance.now();
    const guide = parseGuideMarkdown(markdown, () => 'a'.repeat(64));
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expect(JSON.stringify(guide.steps)).toContain('Ett');
  });

  it('still join a paragraph’s lines with one space', () => {
    const guide = parseGuideMarkdown('# T\n\nS.\n\n## Steg\n\nEtt \t\n   två\n', () => 'a'.repeat(64));
    expect(JSON.stringify(guide.steps)).toContain('Ett två');
  });
});
