import { Type } from 'typebox';
import { DisplayText, PictogramName, Place, Slug, VideoPath } from '../../domain/schemas/common.js';
import type { App } from '../app.js';
import { guideSkeleton } from '../content/guide-skeleton.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import { guideTextProblem } from './work-problems.js';

const GuideIdParams = Type.Object({ id: Slug });

/**
 * Editors create guides from nothing, archive them (kept, but kiosks drop them at the next
 * published version) and restore them as they were. Nothing here deletes anything.
 */
export async function staffGuideRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };
  const noGuide = (reply: Parameters<typeof sendProblem>[0]) =>
    sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });

  app.post(
    '/api/staff/guides',
    {
      config: editors,
      schema: {
        body: Type.Object(
          {
            id: Slug,
            title: DisplayText(200, 1),
            category: Slug,
            order: Place,
            video: Type.Union([Type.Null(), VideoPath]),
            // Left out: the guide's tile shows its category's pictogram.
            icon: Type.Optional(PictogramName),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { id, title, category, order, video, icon } = request.body;
      if (!title.trim()) return sendFieldProblem(reply, 'body/title', 'The Swedish title is empty');
      const { categories } = await app.editorial.list();
      if (!categories.some((c) => c.id === category)) {
        return sendFieldProblem(reply, 'body/category', `"${category}" is not a category in use`);
      }
      if (video && !(await app.editorial.mediaFiles()).some((f) => f.path === video)) {
        return sendFieldProblem(reply, 'body/video', `"${video}" is not an uploaded file`);
      }
      const markdown = guideSkeleton(title);
      try {
        // The first text must publish, as every saved text must: a new guide never blocks a publish.
        await app.work.guideText(markdown, []);
      } catch (error) {
        return guideTextProblem(reply, 'The title cannot be published', 'body/title', error);
      }
      const actor = actorOf(request);
      const guide = { id, category, order, video, ...(icon ? { icon } : {}) };
      if (!(await app.editorial.createGuide(guide, markdown, actor.username))) {
        return sendProblem(reply, {
          type: PROBLEM.conflict,
          title: 'The id is taken',
          status: 409,
          field: 'body/id',
          detail: `A guide "${id}" exists already (perhaps archived)`,
        });
      }
      await app.staff.audit({ actor, action: 'create-guide', target: `guide/${id}`, afterId: `sv@1` });
      reply.code(201);
      return app.editorial.detail(id);
    },
  );

  app.put(
    '/api/staff/guides/:id/icon',
    {
      config: editors,
      schema: {
        params: GuideIdParams,
        body: Type.Object({ icon: Type.Union([Type.Null(), PictogramName]) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const before = await app.editorial.detail(id);
      if (!before) return noGuide(reply);
      const { icon } = request.body;
      // Choosing the pictogram it has changes nothing and is not logged.
      if ((before.icon ?? null) !== icon) {
        await app.editorial.setGuideIcon(id, icon);
        await app.staff.audit({
          actor: actorOf(request),
          action: 'set-guide-icon',
          target: `guide/${id}`,
          beforeId: before.icon ?? null,
          afterId: icon,
        });
      }
      return app.editorial.detail(id);
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/staff/guides/:id/${verb}`,
      { config: editors, schema: { params: GuideIdParams } },
      async (request, reply) => {
        const { id } = request.params;
        const before = await app.editorial.detail(id);
        if (!before) return noGuide(reply);
        if (!archived) {
          // A guide in an archived category would make every publish fail: the category comes back first.
          const { categories } = await app.editorial.list();
          if (!categories.some((c) => c.id === before.category)) {
            return sendProblem(reply, {
              type: PROBLEM.conflict,
              title: 'Its category is archived',
              status: 409,
              detail: `Restore the category "${before.category}" first, or move the guide`,
            });
          }
        }
        // Archiving an archived guide (or restoring one in use) changes nothing and is not logged.
        if (before.archived !== archived) {
          await app.editorial.setGuideArchived(id, archived ? new Date().toISOString() : null);
          await app.staff.audit({ actor: actorOf(request), action: `${verb}-guide`, target: `guide/${id}` });
        }
        return app.editorial.detail(id);
      },
    );
  }
}
