import { Type } from 'typebox';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import { Slug as CategoryId, DisplayText, PictogramName, Place } from '../../domain/schemas/common.js';
import type { App } from '../app.js';
import { placeStatusRows } from '../help/place-status.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import { unknownLanguage } from './staff-categories.js';

const CategoryParams = Type.Object({ id: CategoryId });

/**
 * Editors create a category on its own, archive it (kept, published nowhere; refused while a guide
 * in use is in it) and restore it as it was. Nothing here deletes anything.
 */
export async function staffCategoryArchiveRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };
  // The same list the guide list loads, so the console shows it as it now is.
  const fullList = async () => ({
    ...(await app.editorial.list()),
    places: placeStatusRows(await app.times.branches()),
  });

  app.post(
    '/api/staff/categories',
    {
      config: editors,
      schema: {
        body: Type.Object(
          {
            id: CategoryId,
            order: Place,
            name: Type.Record(Type.String(), DisplayText(200, 1)),
            icon: Type.Optional(PictogramName),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const category = request.body;
      if (!category.name[SOURCE_LANGUAGE]?.trim()) return sendFieldProblem(reply, 'body/name', 'No Swedish name');
      const lang = unknownLanguage([category]);
      if (lang) return sendFieldProblem(reply, 'body/name', `"${lang}" is not a shipped language`);
      if (!(await app.editorial.createCategory(category))) {
        return sendProblem(reply, {
          type: PROBLEM.conflict,
          title: 'The id is taken',
          status: 409,
          field: 'body/id',
          detail: `A category "${category.id}" exists already (perhaps archived)`,
        });
      }
      await app.staff.audit({ actor: actorOf(request), action: 'create-category', target: `category/${category.id}` });
      reply.code(201);
      return fullList();
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/staff/categories/:id/${verb}`,
      { config: editors, schema: { params: CategoryParams } },
      async (request, reply) => {
        const { id } = request.params;
        const list = await app.editorial.list();
        const inUse = list.categories.some((c) => c.id === id);
        if (!inUse && !list.archived.categories.some((c) => c.id === id)) {
          return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such category', status: 404 });
        }
        const holding = list.guides.filter((g) => g.category === id);
        if (archived && holding.length > 0) {
          return sendProblem(reply, {
            type: PROBLEM.conflict,
            title: 'The category still holds guides',
            status: 409,
            detail: `Archive or move its ${holding.length} guide(s) first: ${holding.map((g) => g.id).join(', ')}`,
          });
        }
        // Archiving an archived category (or restoring one in use) changes nothing and is not logged.
        if (inUse === archived) {
          await app.editorial.setCategoryArchived(id, archived ? new Date().toISOString() : null);
          await app.staff.audit({ actor: actorOf(request), action: `${verb}-category`, target: `category/${id}` });
        }
        return fullList();
      },
    );
  }
}
