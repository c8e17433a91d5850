import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SvgError, sanitiseSvg } from '../../src/server/content/svg-sanitise.js';
import { SEED_DIR } from '../helpers/server.js';
import { activeParts } from '../helpers/svg.js';

const { window } = new JSDOM('');
const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attributes = '') => `<svg ${NS}${attributes}>${inner}<rect width="9" height="9"/></svg>`;

describe('sanitiseSvg', () => {
  it.each([
    ['<set> turning on an event handler', svg('<set attributeName="onclick" to="alert(1)"/>')],
    [
      '<set> turning a link into javascript:',
      svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'),
    ],
    ['<animate> giving a link javascript:', svg('<a><animate attributeName="href" values="javascript:alert(1)"/></a>')],
    ['an entity-hidden javascript: link', svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>')],
    ['<animateMotion> and <animateTransform>', svg('<animateMotion path="M0 0"/><animateTransform type="scale"/>')],
    ['a script', svg('<script>alert(1)</script>')],
    ['a CDATA script', svg('<script><![CDATA[alert(1)]]></script>')],
    ['an onload on the root', svg('', ' onload="alert(1)"')],
    ['an event handler on a shape', svg('<circle r="4" onmouseover="alert(1)"/>')],
    [
      'a foreignObject with HTML',
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
    ],
    ['an external link', svg('<a href="https://evil.example/"><text>x</text></a>')],
    ['xlink:href to javascript:', svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>')],
    ['<use> of an external file', svg('<use href="http://evil.example/sprite.svg#a"/>')],
    ['<use> of a data: URI', svg('<use href="data:image/svg+xml;base64,PHN2Zy8+#a"/>')],
    ['an image from a data: URI', svg('<image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" width="9"/>')],
    ['an image from elsewhere', svg('<image xlink:href="https://tracker.example/p.png" width="9"/>')],
    ['a fill from another file', svg('<rect fill="url(https://evil.example/p.svg#g)" width="9" height="9"/>')],
    ['CSS loading a picture', svg('<rect style="fill: url( \'http://evil.example/x\')" width="9"/>')],
    ['CSS hiding url() in an escape', svg('<rect style="fill: \\75rl(http://evil.example/x)" width="9"/>')],
    ['a style sheet importing another', svg('<style>@import url(https://evil.example/a.css);</style>')],
    ['an iframe', svg('<iframe src="https://evil.example"/>')],
    ['a filter image from elsewhere', svg('<filter id="f"><feImage href="https://evil.example/i.png"/></filter>')],
  ])('takes out %s and says so', (_what, input) => {
    expect(activeParts(input).length).toBeGreaterThan(0);
    const { svg: stored, removed } = sanitiseSvg(input);
    expect(activeParts(stored)).toEqual([]);
    expect(removed.length).toBeGreaterThan(0);
    // The drawing itself stays.
    expect(stored).toContain('<rect');
  });

  it('keeps a plain drawing as it was: shapes, gradients by id, <use> of its own symbols, text', () => {
    const input = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>' +
        '<symbol id="s"><circle r="3"/></symbol></defs>' +
        '<style>.a { fill: url(#g); }</style><path class="a" d="M0 0 H9 V9 Z" fill="url(#g)"/>' +
        '<use href="#s" x="2"/><use xlink:href="#s" x="4"/><a href="#s"><text x="1" y="8">Hej, världen</text></a>',
    );
    const { svg: stored, removed } = sanitiseSvg(input);
    expect(removed).toEqual([]);
    const parse = (text: string) => new window.DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(parse(stored).isEqualNode(parse(input))).toBe(true);
  });

  it('keeps the seed drawings unchanged in meaning', () => {
    for (const name of ['printer.svg', 'bankid-phone.svg']) {
      const input = readFileSync(join(SEED_DIR, 'media', name), 'utf8');
      const { svg: stored, removed } = sanitiseSvg(input);
      expect(removed).toEqual([]);
      const parse = (text: string) => new window.DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      expect(parse(stored).isEqualNode(parse(input))).toBe(true);
    }
  });

  it('gives a clean drawing back byte for byte, its closing line break included, and only white space after it', () => {
    for (const name of ['printer.svg', 'bankid-phone.svg']) {
      const input = readFileSync(join(SEED_DIR, 'media', name), 'utf8');
      expect(input.endsWith('</svg>\n')).toBe(true);
      expect(sanitiseSvg(input).svg).toBe(input);
    }
    expect(sanitiseSvg(`${svg('')}\r\n \t\n`).svg).toBe(`${svg('')}\r\n \t\n`);
    expect(sanitiseSvg(`${svg('')}<!-- after -->\n`).svg).toBe(`${svg('')}\n`);
  });

  it('keeps an entity defined in the file as text, never as markup, and drops the DOCTYPE', () => {
    const input = `<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${svg('<text>&x;</text>')}`;
    const { svg: stored } = sanitiseSvg(input);
    expect(stored).not.toMatch(/<script|DOCTYPE|ENTITY/);
    expect(activeParts(stored)).toEqual([]);
  });

  it.each([
    ['not XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', /well-formed/],
    ['an HTML entity XML does not know', svg('<text>&nbsp;</text>'), /well-formed/],
    ['an <svg> outside the SVG namespace', '<svg><rect/></svg>', /root must be/],
    ['HTML', '<html><body><svg xmlns="http://www.w3.org/2000/svg"/></body></html>', /root must be/],
  ])('refuses %s', (_what, input, message) => {
    expect(() => sanitiseSvg(input)).toThrow(SvgError);
    expect(() => sanitiseSvg(input)).toThrow(message);
  });
});
