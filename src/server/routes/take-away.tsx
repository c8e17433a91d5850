import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Type } from 'typebox';
import { entryFor, type GuideTranslation, guideEntryId, type Manifest } from '../../domain/content.js';
import { languageFor } from '../../domain/languages.js';
import { Lang, Slug } from '../../domain/schemas/common.js';
import { TakeAwayMissing } from '../../ui/take-away-missing.js';
import { TakeAwayPage } from '../../ui/take-away-page.js';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { FONT_PATH, fontCss, fontFile } from '../take-away/fonts.js';

/**
 * No script, nothing from elsewhere: the page can do nothing but show the guide, in the fonts this
 * server ships for the scripts phones may lack.
 */
const CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * `GET /take/<slug>/<lang>`: the public, read-only page a kiosk's QR code opens on a visitor's
 * phone, showing the guide of the version in force (in Swedish where the language is missing).
 * A browser asking for a guide that is not there gets a page in its language saying so; other
 * clients get the problem as JSON. `GET /take/_fonts/<file>`: the page's fonts.
 */
export async function takeAwayRoutes(app: App): Promise<void> {
  app.get(
    '/take/:slug/:lang',
    {
      schema: {
        params: Type.Object({
          slug: Slug,
          lang: Lang,
        }),
      },
      // A visitor's browser gets a page for a bad address too, not the schema's JSON.
      attachValidation: true,
    },
    async (request, reply) => {
      const { slug, lang } = request.params;
      if (request.validationError) {
        if (!asksForPage(request)) throw request.validationError;
        // An unknown language is answered in Swedish (languageFor's fallback).
        return sendMissing(app, reply, 400, languageFor(lang).code);
      }
      const guide = await findGuide(app, slug, lang);
      if (!guide) {
        if (asksForPage(request)) return sendMissing(app, reply, 404, lang);
        return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });
      }
      const t = app.translate(guide.lang);
      return sendPage(
        reply,
        200,
        <TakeAwayPage
          guide={guide}
          fontCss={fontCss(guide.lang)}
          labels={{
            notes: { tip: t('guide.tip'), warning: t('guide.warning') },
            draft: t('guide.draft'),
            footer: t('takeAway.footer'),
            stepOf: (current, total) => t('guide.stepOf', { current, total }),
          }}
        />,
      );
    },
  );

  app.get(
    `${FONT_PATH}:file`,
    { schema: { params: Type.Object({ file: Type.String({ maxLength: 200 }) }) } },
    async (request, reply) => {
      const font = fontFile(request.params.file);
      if (!font) return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such font', status: 404 });
      // The name carries a hash of the bytes, so a phone may keep the file for good.
      return reply.type('font/woff2').header('cache-control', 'public, max-age=31536000, immutable').send(font.body);
    },
  );
}

/** A browser navigating asks for HTML; a program asking for JSON (or anything) keeps problem+json. */
function asksForPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function sendPage(reply: FastifyReply, status: number, page: VNode): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-cache')
    .send(`<!doctype html>${renderToString(page)}`);
}

async function sendMissing(app: App, reply: FastifyReply, status: number, lang: string): Promise<FastifyReply> {
  const t = app.translate(lang);
  const branches = await app.times.branches();
  // The address names no library: a name is shown only where the server serves just one.
  const library = branches.length === 1 ? branches[0]?.name : undefined;
  return sendPage(
    reply,
    status,
    <TakeAwayMissing
      lang={lang}
      fontCss={fontCss(lang)}
      library={library}
      labels={{ title: t('takeAwayMissing.title'), text: t('takeAwayMissing.text') }}
    />,
  );
}

async function findGuide(app: App, slug: string, lang: string): Promise<GuideTranslation | undefined> {
  const active = await app.content.activeManifest();
  if (!active) return undefined;
  const manifest = JSON.parse(active.manifest) as Manifest;
  const entry = entryFor(manifest, guideEntryId(slug), lang);
  const blob = entry ? (await app.content.blobs([entry.hash]))[0] : undefined;
  return blob ? (JSON.parse(blob.body) as GuideTranslation) : undefined;
}
