import type { ComponentChildren } from 'preact';
import type { GuideTranslation, NoteKind } from '../domain/content.js';
import { languageFor } from '../domain/languages.js';
import { StepBlocks } from './step-blocks.js';

export interface TakeAwayLabels {
  notes: Record<NoteKind, string>;
  draft: string;
  footer: string;
  stepOf: (current: number, total: number) => string;
}

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

/**
 * A guide as a complete, script-free HTML page for the visitor's own phone: every step at once,
 * links as real links (the phone is theirs). Rendered on the server with the kiosk's components.
 */
export function TakeAwayPage({ guide, labels }: { guide: GuideTranslation; labels: TakeAwayLabels }) {
  const language = languageFor(guide.lang);
  const anchor = (url: string, children: ComponentChildren, key: number) => (
    <a key={key} href={url} rel="noopener noreferrer">
      {children}
    </a>
  );
  return (
    <html lang={language.htmlLang} dir={language.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{guide.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{guide.title}</h1>
          <p>{guide.summary}</p>
          {guide.draft && <p class="draft">{labels.draft}</p>}
          {guide.steps.map((step, index) => (
            <section key={index}>
              <p class="step-count">{labels.stepOf(index + 1, guide.steps.length)}</p>
              <h2>{step.title}</h2>
              <StepBlocks
                blocks={step.blocks}
                noteLabels={labels.notes}
                renderLink={anchor}
                rtl={language.dir === 'rtl'}
              />
            </section>
          ))}
          <footer>{labels.footer}</footer>
        </main>
      </body>
    </html>
  );
}
