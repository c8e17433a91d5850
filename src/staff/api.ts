/**
 * The console's client for the staff API (src/domain/staff-api.ts). Every call goes same-origin
 * with the session cookie; the browser adds the Origin header the server checks on writes.
 */

import type { AuditPage } from '../domain/schemas/audit.js';
import type {
  CategoryRow,
  CreateGuide,
  GuideDetail,
  GuideList,
  Me,
  MediaFileInfo,
  Preview,
  PublishPreview,
  SaveText,
  SetGuideIcon,
  StaffRole,
  StaffUser,
  VersionInfo,
} from '../domain/staff-api.js';

/** An `application/problem+json` body. Status 0 means the server could not be reached. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  field?: string;
}

/** A failed request, carrying the server's problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

let sessionEnded: () => void = () => {};

/** Tells the app the session is gone (for requests made outside `request`, such as uploads). */
export function sessionLost(): void {
  sessionEnded();
}

/** Called whenever the server says the session is gone, so the app can show sign-in again. */
export function onSessionEnded(handler: () => void): void {
  sessionEnded = handler;
}

interface RequestOptions {
  body?: unknown;
  /** A body that already is JSON text (a content pack file), sent as it is. */
  json?: string;
  /** Login and password change answer 401 for a wrong password, which is not a lost session. */
  expect401?: boolean;
}

/** A call to `/api/staff/<path>`; exported for the help-session client (help-api-client.ts). */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const body = options.json ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  let response: Response;
  try {
    response = await fetch(`/api/staff/${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (response.status === 401 && !options.expect401) sessionEnded();
  if (!response.ok) throw new ApiError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<Problem> {
  return problemFromText(response.status, response.statusText, await response.text().catch(() => ''));
}

/** The problem in an error answer's body, or one made of the status when the body is not one. */
export function problemFromText(status: number, statusText: string, text: string): Problem {
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body.title === 'string') return { type: 'about:blank', ...body, status } as Problem;
  } catch {
    // Not JSON (a proxy's error page): fall through to the status text.
  }
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
}

/** What importing a content pack replaced: how many guides, and how many media files it brought. */
export interface PackImportResult {
  guides: number;
  media: number;
}

/** The content pack as a download (a plain link: the browser sends the session cookie). */
export const PACK_URL = '/api/staff/pack';

const segment = encodeURIComponent;

export const api = {
  login: (username: string, password: string) =>
    request<Me>('POST', 'login', { body: { username, password }, expect401: true }),
  logout: () => request<void>('POST', 'logout'),
  /** Who is signed in; an ApiError with status 401 when nobody is (without ending anything). */
  me: () => request<Me>('GET', 'me', { expect401: true }),
  async changePassword(current: string, next: string): Promise<void> {
    try {
      await request<void>('POST', 'password', { body: { current, next }, expect401: true });
    } catch (error) {
      // A 401 here is either a wrong current password or an expired session: ask which.
      if (error instanceof ApiError && error.status === 401) await request<Me>('GET', 'me').catch(() => undefined);
      throw error;
    }
  },

  guides: () => request<GuideList>('GET', 'guides'),
  guide: (id: string) => request<GuideDetail>('GET', `guides/${segment(id)}`),
  saveText: (id: string, lang: string, text: SaveText) =>
    request<GuideDetail>('PUT', `guides/${segment(id)}/texts/${segment(lang)}`, { body: text }),
  /** Moves a guide to a category and a place in it. */
  setPlacement: (id: string, placement: { category: string; order: number }) =>
    request<GuideDetail>('PUT', `guides/${segment(id)}/placement`, { body: placement }),
  /** Replaces every category (400 when a guide would lose its category); answers the new list. */
  saveCategories: (categories: CategoryRow[]) => request<GuideList>('PUT', 'categories', { body: { categories } }),
  /** Gives a guide its own pictogram, or (null) has its tile show its category's. */
  setGuideIcon: (id: string, body: SetGuideIcon) => request<GuideDetail>('PUT', `guides/${segment(id)}/icon`, { body }),
  /** Creates a guide with a Swedish draft of its title (409: the id is taken). */
  createGuide: (guide: CreateGuide) => request<GuideDetail>('POST', 'guides', { body: guide }),
  /** Archives a guide: kiosks drop it at the next published version; it stays restorable. */
  archiveGuide: (id: string) => request<GuideDetail>('POST', `guides/${segment(id)}/archive`),
  restoreGuide: (id: string) => request<GuideDetail>('POST', `guides/${segment(id)}/restore`),
  /** Creates one category at once (409: the id is taken); answers the new list. */
  createCategory: (category: CategoryRow) => request<GuideList>('POST', 'categories', { body: category }),
  /** Archives a category (409 while it holds guides in use); answers the new list. */
  archiveCategory: (id: string) => request<GuideList>('POST', `categories/${segment(id)}/archive`),
  restoreCategory: (id: string) => request<GuideList>('POST', `categories/${segment(id)}/restore`),
  preview: (markdown: string) => request<Preview>('POST', 'preview', { body: { markdown } }),

  publishPreview: () => request<PublishPreview>('GET', 'publish/preview'),
  publish: (changelog: string) => request<{ version: number }>('POST', 'publish', { body: { changelog } }),
  versions: () => request<{ versions: VersionInfo[] }>('GET', 'versions'),
  restore: (version: number) => request<{ version: number }>('POST', `versions/${version}/restore`),

  media: () => request<{ files: MediaFileInfo[] }>('GET', 'media'),
  /** Attaches a video (`media/<name>.mp4` or `.webm`) to a guide, or removes it with null. */
  setGuideVideo: (id: string, path: string | null) =>
    request<GuideDetail>('PUT', `guides/${segment(id)}/video`, { body: { path } }),
  /** Replaces all guides and categories with a content pack's; `text` is the pack file as it is. */
  importPack: (text: string) => request<PackImportResult>('POST', 'pack', { json: text }),

  users: () => request<{ users: StaffUser[] }>('GET', 'users'),
  /** `branchId`: the branch a helper works at (the fleet view shows them its kiosks); null for none. */
  createUser: (user: { username: string; role: StaffRole; password: string; branchId?: string | null }) =>
    request<StaffUser>('POST', 'users', { body: user }),
  updateUser: (id: number, change: { role?: StaffRole; disabled?: boolean; branchId?: string | null }) =>
    request<StaffUser>('PATCH', `users/${id}`, { body: change }),
  /** `query`: from `auditQuery` (src/staff/audit/audit-query.ts). */
  audit: (query: string) => request<AuditPage>('GET', `audit${query}`),
};
