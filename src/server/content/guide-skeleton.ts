/** Markdown's punctuation that could change what a title line means; escaped, it reads as itself. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>!&~#|]/g;

/**
 * The Swedish draft a new guide starts from: its title, no summary yet, and one step for the editor
 * to write. It parses as a guide (a title and a step with text), so a new guide never stops a publish.
 */
export function guideSkeleton(title: string): string {
  const heading = title.trim().replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  return `# ${heading}\n\n## Steg 1\n\nSkriv vad besökaren gör i det här steget.\n`;
}
