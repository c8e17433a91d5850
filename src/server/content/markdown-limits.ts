/**
 * Limits a guide text must keep before micromark sees it. Some shapes cost micromark time far
 * beyond their size: every closing `*`/`_` run walks back over the whole paragraph
 * (`resolveAllAttention`, quadratic in runs per paragraph), `]` does the same over `[`, and a list
 * item that opens another list on the same line (`- - a`) is quadratic in lines, and so are long
 * runs of lines without a blank one (lazy lines in a list item, setext underlines) and thousands of
 * quotes. No guide needs any of them, so they are refused here in one linear pass; the worker's
 * time budget covers the rest.
 */

/** Emphasis delimiter runs (`*`, `__`, …) in one paragraph; real guides have a handful. */
export const MAX_DELIMITER_RUNS = 200;
/** `[` or `]` in one paragraph (each link or image has one pair). */
export const MAX_BRACKETS = 200;
/** Lines without a blank one between them: a paragraph or a list; real ones have a few dozen. */
export const MAX_BLOCK_LINES = 100;
/** Quotes (`> [!TIP]` and `> [!WARNING]` notes) in one guide. */
export const MAX_NOTES = 200;

/** What the scan found wrong, and on which line (1-based). */
export interface LimitProblem {
  line: number;
  message: string;
}

const BLANK = /^[ \t]*$/;
/** A setext heading's underline (or a thematic break): neither is part of a guide. */
const UNDERLINE = /^[ \t]*(?:=+|-+)[ \t]*$/;
const QUOTE = /^[ \t]*>/;
/** A line's container prefix: quote markers and list markers, with the spaces between them. */
const CONTAINER = /^[ \t]*(?:(>)|([-+*]|[0-9]{1,9}[.)])(?=[ \t]|$))/;

/**
 * Scans a guide text once and returns the first limit it breaks, or undefined. A paragraph here is
 * everything between blank lines, which is never smaller than the inline run micromark resolves at
 * once, so the counts can only err on the side of refusing.
 */
export function checkGuideLimits(markdown: string): LimitProblem | undefined {
  let runs = 0;
  let brackets = 0;
  let blockLines = 0;
  let notes = 0;
  let inQuote = false;
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (BLANK.test(text)) {
      runs = 0;
      brackets = 0;
      blockLines = 0;
      inQuote = false;
      continue;
    }
    if (UNDERLINE.test(text)) {
      return { line, message: 'a line of only - or = is not allowed; start a step with "## "' };
    }
    blockLines += 1;
    if (blockLines > MAX_BLOCK_LINES) {
      return { line, message: `more than ${MAX_BLOCK_LINES} lines without a blank line; split them` };
    }
    const quote = QUOTE.test(text);
    if (quote && !inQuote) notes += 1;
    inQuote = quote;
    if (notes > MAX_NOTES) return { line, message: `more than ${MAX_NOTES} notes in one guide` };
    const problem = containerProblem(text);
    if (problem) return { line, message: problem };
    runs += delimiterRuns(text);
    if (runs > MAX_DELIMITER_RUNS) {
      return {
        line,
        message: `more than ${MAX_DELIMITER_RUNS} * or _ markers in one paragraph; split it with a blank line`,
      };
    }
    brackets += Math.max(count(text, '['), count(text, ']'));
    if (brackets > MAX_BRACKETS) {
      return { line, message: `more than ${MAX_BRACKETS} [ or ] in one paragraph; split it with a blank line` };
    }
  }
  return undefined;
}

/** A guide nests at most one list and one quote (a note) on a line; deeper nesting is refused. */
function containerProblem(text: string): string | undefined {
  let rest = text;
  let quotes = 0;
  let lists = 0;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    if (match[1]) quotes += 1;
    else lists += 1;
    if (quotes > 1) return 'a quote inside a quote is not allowed in a guide';
    if (lists > 1) return 'a list item cannot start with another list; put the text on its own line';
    rest = rest.slice(match[0].length);
  }
  return undefined;
}

/** Runs of the same `*` or `_` character, as micromark counts emphasis delimiters. */
function delimiterRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '*' || c === '_') && text[i - 1] !== c) runs += 1;
  }
  return runs;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}
