import type { ComponentChildren } from 'preact';
import { languageFor } from '../domain/languages.js';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1a1a1a}
main{max-width:40rem;margin-inline:auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.2rem;margin-block:1.5rem .5rem}
.step-count{color:#4a4a4a;font-size:.9rem;margin:0}
.note{border-radius:.5rem;padding:.75rem 1rem;background:#e6f4ea;margin-block:1rem}
.note-warning{background:#fdecea;border-inline-start:6px solid #a4281e}
.step-image{max-width:min(100%,16rem);height:auto;display:block}
.draft{color:#4a4a4a;font-size:.9rem}
footer{color:#4a4a4a;font-size:.85rem;margin-block-start:2rem}
a{color:#0b4f6c}`;

export interface TakeAwayDocumentProps {
  /** The language the page is in: sets `lang` and `dir`. */
  lang: string;
  title: string;
  /** `@font-face` rules and the font family for the page's script (server-made; see `fontCss`). */
  fontCss: string;
  children: ComponentChildren;
}

/**
 * The frame of every page a visitor's phone gets from a kiosk's QR code: one language, its
 * direction, the fonts for its script, inline style and no script at all.
 */
export function TakeAwayDocument({ lang, title, fontCss, children }: TakeAwayDocumentProps) {
  const language = languageFor(lang);
  return (
    <html lang={language.htmlLang} dir={language.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{`${STYLE}\n${fontCss}`}</style>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
