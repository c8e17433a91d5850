/**
 * The staff console's API, as types shared by the server routes and the console. All routes are
 * under /api/staff/, need a signed-in session (cookie), and every state-changing request must
 * carry this server's Origin (browsers do that by themselves for same-origin fetch).
 * Errors are application/problem+json: { type, title, status, detail?, field? }.
 *
 *   POST /api/staff/login                      { username, password }   → Me         (401, 429)
 *   POST /api/staff/logout                                              → 204
 *   GET  /api/staff/me                                                  → Me         (401)
 *   POST /api/staff/password                   { current, next }        → 204        (400, 401)
 *   GET  /api/staff/guides                                              → GuideList            editor, admin
 *   GET  /api/staff/guides/:id                                          → GuideDetail          editor, admin
 *   PUT  /api/staff/guides/:id/texts/:lang     SaveText                 → GuideDetail (400 names the line)
 *   POST /api/staff/preview                    { markdown }             → Preview    (400 names the line)
 *   GET  /api/staff/publish/preview                                     → PublishPreview       editor, admin
 *   POST /api/staff/publish                    { changelog }            → { version }          editor, admin
 *   GET  /api/staff/versions                                            → { versions: VersionInfo[] }
 *   POST /api/staff/versions/:version/restore                           → { version }          editor, admin
 *   GET  /api/staff/media                                               → { files: MediaFileInfo[] }  editor, admin
 *   POST /api/staff/media    multipart/form-data, one field "file"     → MediaFileInfo (201)  editor, admin
 *        (413/415/400 problem: too large, wrong type, broken WebVTT; the file name becomes media/<name>;
 *         captions are named media/<video name>.<lang>.vtt, e.g. media/video-bankid.ar.vtt)
 *   PUT  /api/staff/guides/:id/placement       { category, order }      → GuideDetail (400: unknown category)
 *   PUT  /api/staff/categories                 { categories: CategoryRow[] } → GuideList (400: a guide's category
 *        would vanish, a duplicate id, a category without a Swedish name, or a pictogram not in PICTOGRAMS)
 *   PUT  /api/staff/guides/:id/video           { path: string | null }  → GuideDetail (video attached or removed)
 *   GET  /api/staff/pack                                                → a content pack file (JSON download)
 *   POST /api/staff/pack     the pack file's JSON as the body           → { guides, media } counts (400: malformed, nothing changed)
 *   GET  /api/staff/users                                               → { users: StaffUser[] }   admin
 *   POST /api/staff/users                      { username, role, password, branchId? } → StaffUser (201)  admin
 *   PATCH /api/staff/users/:id                 { role?, disabled?, branchId? } → StaffUser     admin
 *        (branchId: a branch's id, or null for none; an unknown branch is a 400 naming body/branchId)
 *   POST /api/staff/guides                     CreateGuide              → GuideDetail (201; 409: id taken; 400: unknown
 *        category or video, a title that does not parse)                                   editor, admin
 *   PUT  /api/staff/guides/:id/icon            SetGuideIcon             → GuideDetail (400: not in PICTOGRAMS)  editor, admin
 *   POST /api/staff/guides/:id/archive                                  → GuideDetail (kiosks drop it at the next version)
 *   POST /api/staff/guides/:id/restore                                  → GuideDetail (409: its category is archived)
 *   POST /api/staff/categories                 CategoryRow              → GuideList (201; 409: id taken)
 *   POST /api/staff/categories/:id/archive                              → GuideList (409: it holds guides in use)
 *   POST /api/staff/categories/:id/restore                              → GuideList
 *   GET  /api/staff/audit?AuditQuery, /api/staff/audit.csv?AuditQuery   → AuditPage, CSV  admin (schemas/audit.ts)
 */
import type { Step } from './content.js';
import type { Pictogram } from './pictograms.js';

import type { StaffRole } from './schemas/rules.js';

export type { StaffRole };

export interface Me {
  id: number;
  username: string;
  role: StaffRole;
}

export interface StaffUser extends Me {
  disabled: boolean;
  /** A helper's own branch: the fleet view shows them its kiosks. Null: none (they see every kiosk, read-only). */
  branchId: string | null;
}

/**
 * A translation's state: missing; draft (not yet checked by a native speaker); reviewed; or
 * outdated (the Swedish source changed after the translation was last saved).
 */
export type TranslationStatus = 'missing' | 'draft' | 'reviewed' | 'outdated';

export interface CategoryRow {
  id: string;
  order: number;
  name: Record<string, string>;
  /** The pictogram on its kiosk tile; none chosen, the kiosk draws DEFAULT_PICTOGRAM. */
  icon?: Pictogram;
}

export interface GuideSummary {
  id: string;
  category: string;
  order: number;
  /** Title per language that has a text. */
  titles: Record<string, string>;
  /** Status for every shipped language. */
  status: Record<string, TranslationStatus>;
}

/** A branch's place in the translation status: per shipped language, written there or missing. */
export interface PlaceStatusRow {
  /** The branch's id. */
  id: string;
  name: string;
  /** The Swedish place. */
  place: string;
  /** Every shipped language: `reviewed` where the place is written (helpers write it straight for kiosks), else `missing`. */
  status: Record<string, TranslationStatus>;
}

export interface GuideList {
  guides: GuideSummary[];
  categories: CategoryRow[];
  /** The branches whose place visitors read, with its translations' status. */
  places: PlaceStatusRow[];
  /** Guides and categories editors archived: kept, published nowhere, restorable. */
  archived: { guides: GuideSummary[]; categories: CategoryRow[] };
}

export interface GuideText {
  /** The guide in the restricted Markdown (see content/README.md). */
  markdown: string;
  status: 'draft' | 'reviewed';
  outdated: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface GuideDetail {
  id: string;
  category: string;
  order: number;
  /** The guide's video (`media/<name>.mp4`), or null. */
  video: string | null;
  /** Archived: kept, but in no published version until restored. */
  archived: boolean;
  /** Its own pictogram on its kiosk tile; absent: none chosen, the tile shows its category's. */
  icon?: Pictogram;
  /** Texts by language; a missing language has no key. */
  texts: Record<string, GuideText>;
}

/** A new guide: its id is made from the Swedish title (slugOf) and may be edited before saving. */
export interface CreateGuide {
  id: string;
  /** The Swedish title; the guide starts with a Swedish draft holding it. */
  title: string;
  category: string;
  order: number;
  /** `media/<name>.mp4` or `.webm`, or null for none. */
  video: string | null;
  /** Its own pictogram; left out, its tile shows its category's. */
  icon?: Pictogram;
}

/** A guide's own pictogram, or null: none, its tile shows its category's. */
export interface SetGuideIcon {
  icon: Pictogram | null;
}

export interface SaveText {
  markdown: string;
  status: 'draft' | 'reviewed';
}

/** A guide text as the kiosk will render it (render with src/ui/step-blocks.tsx). */
export interface Preview {
  title: string;
  summary: string;
  steps: Step[];
}

/** What changed in an entry: its words, images, video, reviewed status, or category and order. */
export type ChangePart = 'text' | 'images' | 'video' | 'review' | 'placement';

export interface ContentChange {
  id: string;
  lang: string;
  kind: string;
  /**
   * How editors know it: a guide's Swedish title; for a category list, the Swedish names of the
   * categories that changed in it, comma-separated; empty for the welcome screen.
   */
  title: string;
  /** For a changed entry, what in it changed; empty for one added or removed. */
  parts: ChangePart[];
  /** What a kiosk holding the version in force downloads for this change: the entry and media it lacks. */
  downloadBytes: number;
}

export interface PublishPreview {
  nextVersion: number;
  added: ContentChange[];
  changed: ContentChange[];
  removed: ContentChange[];
  /** What a kiosk holding the version in force will download. */
  downloadBytes: number;
}

export interface VersionInfo {
  version: number;
  createdAt: string;
  changelog: string;
  entries: number;
}

/** An uploaded media file; content refers to it by `path` (`media/<name>`). */
export interface MediaFileInfo {
  path: string;
  hash: string;
  type: string;
  size: number;
}

/**
 * Upload limits by kind, in bytes (the server refuses larger files with 413). SVG images have their
 * own, smaller limit: sanitising one takes seconds per megabyte, and pictograms and diagrams are small.
 */
export const MEDIA_LIMITS = {
  image: 5 * 1024 * 1024,
  svg: 1024 * 1024,
  video: 100 * 1024 * 1024,
  captions: 1024 * 1024,
} as const;
