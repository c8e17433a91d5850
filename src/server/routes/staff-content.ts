import { Type } from 'typebox';
import { LANGUAGES } from '../../domain/languages.js';
import type { App } from '../app.js';
import { withImages } from '../content/editorial-content.js';
import { previewEditorial, publishEditorial, restoreVersion } from '../content/editorial-publish.js';
import { parsedTextKey } from '../content/editorial-texts.js';
import { placeStatusRows } from '../help/place-status.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { contentProblem, guideTextProblem } from './work-problems.js';

const Lang = Type.Union(LANGUAGES.map((l) => Type.Literal(l.code)));
const GuideId = Type.String({ pattern: '^[a-z0-9-]{1,80}$' });
const Markdown = Type.String({ maxLength: 100_000 });

/** Editors write, translate, preview and publish guides, and restore earlier versions. */
export async function staffContentRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');
  const stores = { content: app.content, editorial: app.editorial, work: app.work };
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };

  app.get('/api/staff/guides', { config: editors }, async () => {
    const [list, branches] = await Promise.all([app.editorial.list(), app.times.branches()]);
    return { ...list, places: placeStatusRows(branches) };
  });

  app.get(
    '/api/staff/guides/:id',
    { config: editors, schema: { params: Type.Object({ id: GuideId }) } },
    async (request, reply) =>
      (await app.editorial.detail(request.params.id)) ??
      sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 }),
  );

  app.put(
    '/api/staff/guides/:id/texts/:lang',
    {
      config: editors,
      schema: {
        params: Type.Object({ id: GuideId, lang: Lang }),
        body: Type.Object(
          { markdown: Markdown, status: Type.Union([Type.Literal('draft'), Type.Literal('reviewed')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { id, lang } = request.params;
      if (!(await app.editorial.detail(id))) {
        return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });
      }
      const media = (await app.editorial.mediaFiles()).map((f) => f.path);
      let parsed: Awaited<ReturnType<typeof app.work.guideText>>;
      try {
        // Checked exactly as publishing will parse it; nothing is saved if it would not publish.
        parsed = await app.work.guideText(request.body.markdown, media);
      } catch (error) {
        return guideTextProblem(reply, 'The text cannot be published', `guides/${id}/${lang}.md`, error);
      }
      // Kept, so the next publish preview reads it rather than parsing it again.
      await app.editorial.keepParsedTexts([{ key: parsedTextKey(request.body.markdown), guide: parsed }]);
      const actor = actorOf(request);
      const ids = await app.editorial.saveText({ guideId: id, lang, ...request.body, by: actor.username });
      await app.staff.audit({
        actor,
        action: 'save-text',
        target: `guide/${id}/${lang}`,
        beforeId: ids.before,
        afterId: ids.after,
      });
      return app.editorial.detail(id);
    },
  );

  app.post(
    '/api/staff/preview',
    {
      config: editors,
      schema: { body: Type.Object({ markdown: Markdown }, { additionalProperties: false }) },
    },
    async (request, reply) => {
      // Images show by their path's media hash when the file is uploaded, so the preview is exact.
      const media = new Map((await app.editorial.mediaFiles()).map((f) => [f.path, f.hash]));
      try {
        const guide = await app.work.guideText(request.body.markdown, [...media.keys()]);
        return withImages(guide, (path) => media.get(path) ?? path);
      } catch (error) {
        return guideTextProblem(reply, 'The text cannot be shown', 'The text', error);
      }
    },
  );

  app.get('/api/staff/publish/preview', { config: editors }, async (_request, reply) => {
    try {
      return await previewEditorial(stores);
    } catch (error) {
      return contentProblem(reply, 'Content cannot be published', error);
    }
  });

  app.post(
    '/api/staff/publish',
    {
      config: editors,
      schema: {
        body: Type.Object(
          { changelog: Type.String({ minLength: 3, maxLength: 500 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const before = await app.content.activeVersion();
      let result: Awaited<ReturnType<typeof publishEditorial>>;
      try {
        result = await publishEditorial(stores, request.body.changelog.trim());
      } catch (error) {
        return contentProblem(reply, 'Content cannot be published', error);
      }
      if (result.created) {
        await app.staff.audit({
          actor: actorOf(request),
          action: 'publish',
          target: `version/${result.version}`,
          beforeId: before ? String(before.version) : null,
          afterId: String(result.version),
        });
      }
      return { version: result.version, created: result.created };
    },
  );

  app.get('/api/staff/versions', { config: editors }, async () => ({ versions: await app.content.versions() }));

  app.post(
    '/api/staff/versions/:version/restore',
    { config: editors, schema: { params: Type.Object({ version: Type.String({ pattern: '^[0-9]{1,9}$' }) }) } },
    async (request, reply) => {
      const actor = actorOf(request);
      const before = await app.content.activeVersion();
      let restored: Awaited<ReturnType<typeof restoreVersion>>;
      try {
        restored = await restoreVersion(stores, Number(request.params.version), actor.username);
      } catch (error) {
        return contentProblem(reply, 'The version cannot be restored', error);
      }
      if (!restored) {
        return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such version to restore', status: 404 });
      }
      await app.staff.audit({
        actor,
        action: 'restore',
        target: `version/${request.params.version}`,
        beforeId: before ? String(before.version) : null,
        afterId: String(restored.version),
      });
      return { version: restored.version };
    },
  );
}
