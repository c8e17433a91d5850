import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What sanitising made of an SVG: the drawing to store, and what was taken out (for the editor). */
export interface SanitisedSvg {
  svg: string;
  /** Plain descriptions, e.g. `<script>` or `onload="…" on <svg>`; empty when nothing was. */
  removed: string[];
}

/** The text is not an SVG drawing at all (not XML, or its root is not an SVG `<svg>`). */
export class SvgError extends Error {}

/**
 * Elements that animate or embed: `<set attributeName="onclick">` or `<animate attributeName="href"
 * values="javascript:…">` turn a harmless attribute active after sanitising, so none may stay.
 */
const FORBID_TAGS = ['script', 'foreignObject', 'animate', 'set', 'animateMotion', 'animateTransform', 'iframe'];

/**
 * A reference the file may keep: only to something in itself (`#id`, `url(#id)`). Anything else
 * (http:, data:, javascript:, a relative file) loads or runs something the drawing does not hold.
 */
const isLocalHref = (value: string) => value.trim().startsWith('#');

/** CSS the file may keep: url() only to its own ids, no @import, and no escapes that could hide either. */
function cssIsLocal(css: string): boolean {
  const lower = css.toLowerCase();
  if (lower.includes('\\') || lower.includes('@import')) return false;
  const urls = lower.split('url(').slice(1);
  return urls.every((rest) => rest.replace(/^[\s'"]+/, '').startsWith('#'));
}

let purifier: { window: JSDOM['window']; purify: DOMPurify } | undefined;

/** One jsdom window and DOMPurify for the process: making a window costs about 100 ms, sanitising far less. */
function shared() {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (name === 'href' || name.endsWith(':href')) {
      if (!isLocalHref(data.attrValue)) data.keepAttr = false;
    } else if (!cssIsLocal(data.attrValue)) {
      // Presentation attributes (fill, filter, mask, clip-path, marker-*, style) take url() too.
      data.keepAttr = false;
    }
  });
  purifier = { window, purify };
  return purifier;
}

/** How an entry of DOMPurify's `removed` list reads to an editor. */
function describe(entry: { element?: Node; attribute?: Attr | null; from?: Node }): string {
  if (entry.element) return `<${entry.element.nodeName}>`;
  const on = entry.from ? ` on <${entry.from.nodeName}>` : '';
  return `${entry.attribute?.name ?? 'an attribute'}="…"${on}`;
}

/**
 * Sanitises an SVG to a drawing and nothing else: no scripts, event handlers, animation,
 * foreignObject or reference outside the file (links, external images, fonts and CSS, data: URIs).
 * Parses it as XML (as browsers do for image/svg+xml, so entities like `&#106;avascript:` are
 * decoded before they are judged) and returns the sanitised file and what was removed.
 * Pure apart from a shared, reused jsdom window, so it can run in a worker. Throws SvgError if the
 * text is not an SVG drawing.
 */
export function sanitiseSvg(text: string): SanitisedSvg {
  const { window, purify } = shared();
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new SvgError(`it is not well-formed XML (${error.textContent?.trim().split('\n')[0] ?? ''})`);
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    throw new SvgError(`its root must be <svg xmlns="${SVG_NS}">`);
  }
  const removed: string[] = [];
  // DOMPurify's hooks can drop attributes, not elements: style sheets that load something go first.
  for (const style of [...root.getElementsByTagNameNS(SVG_NS, 'style')]) {
    if (!cssIsLocal(style.textContent ?? '')) {
      style.remove();
      removed.push('<style> (it loads something from outside the file)');
    }
  }
  purify.sanitize(root, {
    IN_PLACE: true,
    USE_PROFILES: { svg: true, svgFilters: true },
    // <use> repeats a part of the drawing (symbols, clones); the href rule keeps it inside the file.
    ADD_TAGS: ['use'],
    FORBID_TAGS,
  });
  removed.push(...purify.removed.map(describe));
  // The serialiser writes the root alone: the line break after `</svg>` put back, a clean drawing
  // comes out byte for byte, so a pack's or the seed's image keeps its hash and kiosks holding it
  // download nothing again.
  return { svg: new window.XMLSerializer().serializeToString(root) + trailingWhiteSpace(text), removed };
}

/** The XML white space (space, tab, CR, LF) a text ends with: the one thing that may follow a document's root. */
function trailingWhiteSpace(text: string): string {
  let start = text.length;
  while (start > 0 && ' \t\r\n'.includes(text.charAt(start - 1))) start--;
  return text.slice(start);
}
