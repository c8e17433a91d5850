import { renderToString } from 'preact-render-to-string';
import { Type } from 'typebox';
import { entryFor, type GuideTranslation, guideEntryId, type Manifest } from '../../domain/content.js';
import { Lang, Slug } from '../../domain/schemas/common.js';
import { TakeAwayPage } from '../../ui/take-away-page.js';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** No script, no outside resources: the page can do nothing but show the guide. */
const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * `GET /take/<slug>/<lang>`: the public, read-only page a kiosk's QR code opens on a visitor's
 * phone, showing the guide of the version in force (in Swedish where the language is missing).
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
    },
    async (request, reply) => {
      const { slug, lang } = request.params;
      const guide = await findGuide(app, slug, lang);
      if (!guide) return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });
      const t = app.translate(guide.lang);
      const html = renderToString(
        <TakeAwayPage
          guide={guide}
          labels={{
            notes: { tip: t('guide.tip'), warning: t('guide.warning') },
            draft: t('guide.draft'),
            footer: t('takeAway.footer'),
            stepOf: (current, total) => t('guide.stepOf', { current, total }),
          }}
        />,
      );
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', CSP)
        .header('cache-control', 'no-cache')
        .send(`<!doctype html>${html}`);
    },
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
