import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { welcomeFaces, welcomeText, wholeFont } from '../../scripts/welcome-fonts.js';
import { FONT_WEIGHTS, SCRIPT_FONTS } from '../../src/kiosk/first-screen/script-fonts.js';

const root = process.cwd();

/** How HarfBuzz sets `text` in a font: per glyph, missing (.notdef) or not, and where it goes. */
function shaped(font: hb.Font, text: string) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((info, i) => ({ missing: info.codepoint === 0, ...positions[i] }));
}

const fontOf = (bytes: Uint8Array) => new hb.Font(new hb.Face(new hb.Blob(bytes)));

describe("the welcome screen's small fonts", async () => {
  const faces = await welcomeFaces(root, 'sfnt');
  // Every line of the welcome screen in every language, one by one (the build cuts from all of them).
  const lines = welcomeText(root).split(/\s+(?=\S)/);
  const fonts = [...new Set(Object.values(SCRIPT_FONTS))];

  for (const font of fonts) {
    const ownLanguages = Object.keys(SCRIPT_FONTS).filter((code) => SCRIPT_FONTS[code] === font);
    for (const weight of FONT_WEIGHTS) {
      it(`${font.family} ${weight}: every welcome string is set exactly as by the whole font, so nothing moves when it arrives`, async () => {
        const face = faces.find((f) => f.family === font.welcomeFamily && f.weight === weight);
        expect(face, 'a face made for it').toBeDefined();
        const small = fontOf(face?.bytes ?? new Uint8Array());
        const whole = fontOf(await fontverter.convert(wholeFont(root, font, weight), 'sfnt'));
        expect(small.hExtents(), 'ascender, descender and line gap').toEqual(whole.hExtents());
        for (const line of lines) expect(shaped(small, line), line).toEqual(shaped(whole, line));
      });
    }
    it(`${font.family}: its own languages' welcome strings have every glyph (${ownLanguages.join(', ')})`, () => {
      const small = fontOf(faces.find((f) => f.family === font.welcomeFamily)?.bytes ?? new Uint8Array());
      const script = font === SCRIPT_FONTS.ti ? /\p{Script=Ethiopic}/u : /\p{Script=Arabic}/u;
      const own = lines.filter((line) => script.test(line));
      expect(own.length).toBeGreaterThan(ownLanguages.length);
      for (const line of own) {
        const letters = [...line].filter((ch) => script.test(ch)).join('');
        expect(
          shaped(small, letters).filter((g) => g.missing),
          letters,
        ).toEqual([]);
      }
    });
  }
});
