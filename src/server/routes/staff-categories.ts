import { Type } from 'typebox';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import { Slug as CategoryId, DisplayText, GuideParams, PictogramName, Place } from '../../domain/schemas/common.js';
import type { App } from '../app.js';
import { placeStatusRows } from '../help/place-status.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';

const codes = new Set(LANGUAGES.map((l) => l.code));

/** The first name's language that is not a shipped one, if any. */
export function unknownLanguage(categories: readonly { name: Record<string, string> }[]): string | undefined {
  return categories.flatMap((c) => Object.keys(c.name)).find((lang) => !codes.has(lang));
}

/** Editors arrange guides: which category each is in and in what order, and the categories themselves. */
export async function staffCategoryRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };

  app.put(
    '/api/staff/guides/:id/placement',
    {
      config: editors,
      schema: {
        params: GuideParams,
        body: Type.Object({ category: CategoryId, order: Place }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const before = await app.editorial.detail(request.params.id);
      if (!before) return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });
      const { categories } = await app.editorial.list();
      if (!categories.some((c) => c.id === request.body.category)) {
        return sendFieldProblem(reply, 'body/category', `"${request.body.category}" is not a category`);
      }
      await app.editorial.setPlacement(request.params.id, request.body.category, request.body.order);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'place-guide',
        target: `guide/${request.params.id}`,
        beforeId: `${before.category}#${before.order}`,
        afterId: `${request.body.category}#${request.body.order}`,
      });
      return app.editorial.detail(request.params.id);
    },
  );

  app.put(
    '/api/staff/categories',
    {
      config: editors,
      schema: {
        body: Type.Object(
          {
            categories: Type.Array(
              Type.Object(
                {
                  id: CategoryId,
                  order: Place,
                  name: Type.Record(Type.String(), DisplayText(200, 1)),
                  // Left out: the category has no pictogram of its own and kiosks draw the default.
                  icon: Type.Optional(PictogramName),
                },
                { additionalProperties: false },
              ),
              { maxItems: 200 },
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { categories } = request.body;
      const ids = categories.map((c) => c.id);
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
      if (duplicate) return sendFieldProblem(reply, 'body/categories', `"${duplicate}" is there twice`);
      const unnamed = categories.find((c) => !c.name[SOURCE_LANGUAGE]);
      if (unnamed) return sendFieldProblem(reply, 'body/categories', `"${unnamed.id}" has no Swedish name`);
      const unknownLang = unknownLanguage(categories);
      if (unknownLang) return sendFieldProblem(reply, 'body/categories', `"${unknownLang}" is not a shipped language`);
      const { guides, categories: before, archived } = await app.editorial.list();
      // Archived categories are kept aside: this list edits the ones in use.
      const shelved = archived.categories.find((c) => ids.includes(c.id));
      if (shelved) return sendFieldProblem(reply, 'body/categories', `"${shelved.id}" is archived; restore it instead`);
      const kept = [...ids, ...archived.categories.map((c) => c.id)];
      const orphan = [...guides, ...archived.guides].find((g) => !kept.includes(g.category));
      if (orphan)
        return sendFieldProblem(
          reply,
          'body/categories',
          `guide "${orphan.id}" is in "${orphan.category}", which would vanish`,
        );
      await app.editorial.replaceCategories(categories);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'edit-categories',
        target: 'categories',
        beforeId: before.map((c) => c.id).join(','),
        afterId: ids.join(','),
      });
      // The same list the guide list loads, so the console can show it as it is.
      return { ...(await app.editorial.list()), places: placeStatusRows(await app.times.branches()) };
    },
  );
}
