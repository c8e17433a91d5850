import type { Insertable, Kysely, Selectable } from 'kysely';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import { isPictogram, type Pictogram } from '../../domain/pictograms.js';
import type { CategoryRow, GuideDetail, GuideList, GuideSummary, TranslationStatus } from '../../domain/staff-api.js';
import type { EditorialContent, EditorialGuide } from '../content/editorial-content.js';
import type { ParsedGuide } from '../content/markdown-guide.js';
import type { Database, EditorialCategoryTable, EditorialGuideTable } from '../db/schema.js';
import { snapshotReaderOf } from '../db/sqlite-connections.js';
import { letOthersIn } from '../event-loop.js';
import { chunks } from './content-repository.js';

/** A language's place in the language list; languages not on it come after. */
function languageRank(code: string): number {
  const at = LANGUAGES.findIndex((l) => l.code === code);
  return at === -1 ? LANGUAGES.length : at;
}

export interface MediaFile {
  path: string;
  hash: string;
  type: string;
  size: number;
}

/** A category as stored; `archivedAt` null: in use. */
function categoryRowOf(c: CategoryRow, archivedAt: string | null = null): Insertable<EditorialCategoryTable> {
  return {
    id: c.id,
    sort_order: c.order,
    names: JSON.stringify(c.name),
    icon: c.icon ?? null,
    archived_at: archivedAt,
  };
}

/** A guide's own row (its texts are rows of their own); `archivedAt` null: in use. */
function guideRowOf(g: EditorialGuide, archivedAt: string | null = null): Insertable<EditorialGuideTable> {
  return {
    id: g.id,
    category: g.category,
    sort_order: g.order,
    video: g.video,
    archived_at: archivedAt,
    icon: g.icon ?? null,
  };
}

/**
 * A stored category as editors and publishing see it. A pictogram the kiosk cannot draw (only a
 * database edited by hand holds one: every way in checks it) reads as none chosen.
 */
function categoryOf(row: Selectable<EditorialCategoryTable>): CategoryRow {
  const category: CategoryRow = { id: row.id, order: row.sort_order, name: JSON.parse(row.names) };
  if (isPictogram(row.icon)) category.icon = row.icon;
  return category;
}

/** All SQL about the content as editors keep it. */
export function editorialRepository(db: Kysely<Database>) {
  async function texts(guideId?: string) {
    let query = db.selectFrom('editorial_text').selectAll();
    if (guideId) query = query.where('guide_id', '=', guideId);
    return query.execute();
  }

  return {
    async isEmpty(): Promise<boolean> {
      return (await db.selectFrom('editorial_guide').select('id').limit(1).executeTakeFirst()) === undefined;
    },

    /**
     * Replaces all editorial content in one transaction (the seed, a content pack, a restore).
     * Archived guides and categories in it are kept archived.
     */
    async replaceAll(content: EditorialContent, by: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('editorial_text').execute();
        await trx.deleteFrom('editorial_guide').execute();
        await trx.deleteFrom('editorial_category').execute();
        const now = new Date().toISOString();
        // Archived guides and categories come back archived; the rest in use.
        const archived = content.archived ?? { categories: [], guides: [] };
        const categories = [
          ...content.categories.map((c) => categoryRowOf(c, null)),
          ...archived.categories.map((c) => categoryRowOf(c, now)),
        ];
        // Many rows a statement: a restore of 500 guides × 9 languages row by row took seconds.
        for (const part of chunks(categories, 200)) await trx.insertInto('editorial_category').values(part).execute();
        const allGuides = [...content.guides, ...archived.guides];
        const guides = [
          ...content.guides.map((g) => guideRowOf(g, null)),
          ...archived.guides.map((g) => guideRowOf(g, now)),
        ];
        for (const part of chunks(guides, 200)) await trx.insertInto('editorial_guide').values(part).execute();
        const texts = allGuides.flatMap((g) =>
          Object.entries(g.texts).map(([lang, text]) => ({
            guide_id: g.id,
            lang,
            markdown: text.markdown,
            status: text.status,
            revision: 1,
            source_revision: 1,
            updated_at: now,
            updated_by: by,
          })),
        );
        for (const part of chunks(texts, 100)) {
          await trx.insertInto('editorial_text').values(part).execute();
          await letOthersIn();
        }
        await trx
          .insertInto('editorial_setting')
          .values({ key: 'welcome', value: JSON.stringify(content.welcome) })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(content.welcome) }))
          .execute();
      });
    },

    /**
     * Everything, in the form publishing takes: one snapshot of it (a read transaction on a
     * connection of its own, so kiosks' reads never queue behind it), its texts read a few guides
     * at a time with kiosks let in between — 4,500 texts in one statement held the event loop for
     * 100–300 ms. Archived guides and categories come apart, under `archived` (left out when there
     * are none, so content that never archived anything reads as it did before): publishing reads
     * only `guides` and `categories`.
     */
    async load(): Promise<EditorialContent> {
      const read = snapshotReaderOf(db).transaction().setIsolationLevel('repeatable read');
      const { categories, guides, byGuide, welcome } = await read.execute(async (trx) => {
        const [categories, guides, welcome] = await Promise.all([
          trx.selectFrom('editorial_category').selectAll().orderBy('sort_order').execute(),
          trx.selectFrom('editorial_guide').selectAll().orderBy('id').execute(),
          trx.selectFrom('editorial_setting').select('value').where('key', '=', 'welcome').executeTakeFirst(),
        ]);
        const byGuide = new Map<string, Selectable<Database['editorial_text']>[]>();
        for (const part of chunks(
          guides.map((g) => g.id),
          50,
        )) {
          const rows = await trx.selectFrom('editorial_text').selectAll().where('guide_id', 'in', part).execute();
          for (const t of rows) byGuide.set(t.guide_id, [...(byGuide.get(t.guide_id) ?? []), t]);
          await letOthersIn();
        }
        return { categories, guides, byGuide, welcome };
      });
      const guideOf = (g: Selectable<EditorialGuideTable>): EditorialGuide => ({
        id: g.id,
        category: g.category,
        order: g.sort_order,
        video: g.video,
        // Only when chosen: snapshots and packs of guides without one stay as they were.
        ...(isPictogram(g.icon) ? { icon: g.icon } : {}),
        // In the order of the language list, whatever order the database read them in (an
        // index scan and a table scan differ, and so do SQLite and PostgreSQL).
        texts: Object.fromEntries(
          [...(byGuide.get(g.id) ?? [])]
            .sort((x, y) => languageRank(x.lang) - languageRank(y.lang) || x.lang.localeCompare(y.lang))
            .map((t) => [t.lang, { markdown: t.markdown, status: t.status }]),
        ),
      });
      const content: EditorialContent = {
        categories: categories.filter((c) => c.archived_at === null).map(categoryOf),
        guides: guides.filter((g) => g.archived_at === null).map(guideOf),
        welcome: welcome ? JSON.parse(welcome.value) : { video: null },
      };
      const archived = {
        categories: categories.filter((c) => c.archived_at !== null).map(categoryOf),
        guides: guides.filter((g) => g.archived_at !== null).map(guideOf),
      };
      if (archived.categories.length > 0 || archived.guides.length > 0) content.archived = archived;
      return content;
    },

    /**
     * Guides with each language's status: missing, draft, reviewed, or outdated; archived guides and
     * categories apart, under `archived`.
     */
    async list(): Promise<Omit<GuideList, 'places'>> {
      const [content, allTexts] = await Promise.all([this.load(), texts()]);
      const byGuide = new Map<string, typeof allTexts>();
      for (const t of allTexts) byGuide.set(t.guide_id, [...(byGuide.get(t.guide_id) ?? []), t]);
      const summaryOf = (g: EditorialGuide): GuideSummary => {
        const own = byGuide.get(g.id) ?? [];
        const source = own.find((t) => t.lang === SOURCE_LANGUAGE);
        const status: Record<string, TranslationStatus> = {};
        for (const { code } of LANGUAGES) {
          const text = own.find((t) => t.lang === code);
          status[code] = !text
            ? 'missing'
            : code !== SOURCE_LANGUAGE && source && text.source_revision < source.revision
              ? 'outdated'
              : text.status;
        }
        const titles = Object.fromEntries(own.map((t) => [t.lang, t.markdown.match(/^#\s+(.+)$/m)?.[1] ?? g.id]));
        return { id: g.id, category: g.category, order: g.order, titles, status };
      };
      return {
        categories: content.categories,
        guides: content.guides.map(summaryOf),
        archived: {
          categories: content.archived?.categories ?? [],
          guides: (content.archived?.guides ?? []).map(summaryOf),
        },
      };
    },

    /** Whether a guide or a category (archived or not) already has this id. */
    async idTaken(table: 'editorial_guide' | 'editorial_category', id: string): Promise<boolean> {
      return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },

    /**
     * Creates a guide with its first Swedish text (a draft). Returns false, creating nothing, when
     * the id is taken (a guide made at the same moment wins).
     */
    async createGuide(guide: Omit<EditorialGuide, 'texts'>, markdown: string, by: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('editorial_guide')
          .values(guideRowOf({ ...guide, texts: {} }))
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await trx
          .insertInto('editorial_text')
          .values({
            guide_id: guide.id,
            lang: SOURCE_LANGUAGE,
            markdown,
            status: 'draft',
            revision: 1,
            source_revision: 1,
            updated_at: new Date().toISOString(),
            updated_by: by,
          })
          .execute();
        return true;
      });
    },

    /** Archives (a time) or restores (null) a guide; nothing else about it changes. */
    async setGuideArchived(id: string, archivedAt: string | null): Promise<void> {
      await db.updateTable('editorial_guide').set({ archived_at: archivedAt }).where('id', '=', id).execute();
    },

    /** Whether a guide is archived; undefined when there is no such guide. */
    async guideArchived(id: string): Promise<boolean | undefined> {
      const row = await db.selectFrom('editorial_guide').select('archived_at').where('id', '=', id).executeTakeFirst();
      return row ? row.archived_at !== null : undefined;
    },

    /** Creates a category in use. Returns false, creating nothing, when the id is taken. */
    async createCategory(category: CategoryRow): Promise<boolean> {
      const inserted = await db
        .insertInto('editorial_category')
        .values(categoryRowOf(category))
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** Archives (a time) or restores (null) a category; nothing else about it changes. */
    async setCategoryArchived(id: string, archivedAt: string | null): Promise<void> {
      await db.updateTable('editorial_category').set({ archived_at: archivedAt }).where('id', '=', id).execute();
    },

    async detail(id: string): Promise<GuideDetail | undefined> {
      const guide = await db.selectFrom('editorial_guide').selectAll().where('id', '=', id).executeTakeFirst();
      if (!guide) return undefined;
      const own = await texts(id);
      const source = own.find((t) => t.lang === SOURCE_LANGUAGE);
      return {
        id,
        category: guide.category,
        order: guide.sort_order,
        video: guide.video,
        archived: guide.archived_at !== null,
        ...(isPictogram(guide.icon) ? { icon: guide.icon } : {}),
        texts: Object.fromEntries(
          own.map((t) => [
            t.lang,
            {
              markdown: t.markdown,
              status: t.status,
              outdated: t.lang !== SOURCE_LANGUAGE && !!source && t.source_revision < source.revision,
              updatedAt: t.updated_at,
              updatedBy: t.updated_by,
            },
          ]),
        ),
      };
    },

    /**
     * Saves one text. Saving Swedish counts a new revision (its translations become outdated);
     * saving a translation records the Swedish revision it now follows.
     */
    async saveText(input: {
      guideId: string;
      lang: string;
      markdown: string;
      status: 'draft' | 'reviewed';
      by: string;
    }) {
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('editorial_text')
          .selectAll()
          .where('guide_id', '=', input.guideId)
          .where('lang', 'in', [input.lang, SOURCE_LANGUAGE])
          .execute();
        const before = current.find((t) => t.lang === input.lang);
        const source = current.find((t) => t.lang === SOURCE_LANGUAGE);
        const isSource = input.lang === SOURCE_LANGUAGE;
        const revision = (before?.revision ?? 0) + 1;
        const values = {
          markdown: input.markdown,
          status: input.status,
          revision,
          source_revision: isSource ? revision : (source?.revision ?? 1),
          updated_at: new Date().toISOString(),
          updated_by: input.by,
        };
        await trx
          .insertInto('editorial_text')
          .values({ guide_id: input.guideId, lang: input.lang, ...values })
          .onConflict((oc) => oc.columns(['guide_id', 'lang']).doUpdateSet(values))
          .execute();
        return { before: before ? `${input.lang}@${before.revision}` : null, after: `${input.lang}@${revision}` };
      });
    },

    async setPlacement(guideId: string, category: string, order: number): Promise<void> {
      await db.updateTable('editorial_guide').set({ category, sort_order: order }).where('id', '=', guideId).execute();
    },

    /**
     * Replaces the categories in use (names in every language, and order) in one transaction;
     * archived ones stay as they are.
     */
    async replaceCategories(categories: CategoryRow[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('editorial_category').where('archived_at', 'is', null).execute();
        for (const c of categories) {
          await trx.insertInto('editorial_category').values(categoryRowOf(c)).execute();
        }
      });
    },

    /** Gives a guide its own pictogram, or (null) takes it away: its tile shows its category's. */
    async setGuideIcon(guideId: string, icon: Pictogram | null): Promise<void> {
      await db.updateTable('editorial_guide').set({ icon }).where('id', '=', guideId).execute();
    },

    async setVideo(guideId: string, video: string | null): Promise<void> {
      await db.updateTable('editorial_guide').set({ video }).where('id', '=', guideId).execute();
    },

    /** Guide texts parsed before, by the key `parsedTextKey` gives; keys not stored are absent. */
    async parsedTexts(keys: readonly string[]): Promise<Map<string, ParsedGuide>> {
      const found = new Map<string, ParsedGuide>();
      // Slices of a few hundred: reading and decoding 4,500 at once held the event loop for 200 ms.
      for (const part of chunks(keys, 250)) {
        const rows = await db.selectFrom('parsed_text').selectAll().where('hash', 'in', part).execute();
        for (const r of rows) found.set(r.hash, JSON.parse(r.guide) as ParsedGuide);
        await letOthersIn();
      }
      return found;
    },

    /** Keeps parsed guide texts for next time, many rows a statement. */
    async keepParsedTexts(rows: readonly { key: string; guide: ParsedGuide }[]): Promise<void> {
      const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
      for (const part of chunks(unique, 200)) {
        await db
          .insertInto('parsed_text')
          .values(part.map((r) => ({ hash: r.key, guide: JSON.stringify(r.guide) })))
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute();
      }
    },

    async mediaFiles(): Promise<MediaFile[]> {
      return db.selectFrom('editorial_media').selectAll().execute();
    },

    async addMedia(files: MediaFile[]): Promise<void> {
      for (const file of files) {
        await db
          .insertInto('editorial_media')
          .values(file)
          .onConflict((oc) => oc.column('path').doUpdateSet({ hash: file.hash, type: file.type, size: file.size }))
          .execute();
      }
    },
  };
}

export type EditorialRepository = ReturnType<typeof editorialRepository>;
