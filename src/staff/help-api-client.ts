/**
 * The console's client for help sessions (src/domain/help-api.ts): times, the slots they give,
 * and the helpers' inbox of requests. Same rules as api.ts, whose request helper it uses.
 */
import { type CategoryList, entryFor, type GuideTranslation, type Manifest, parseEntries } from '../domain/content.js';
import type { BookingStatus, Branch, DropIn, SessionException, SessionPattern, Slot } from '../domain/help.js';
import type { BookingCount, InboxBooking, Times } from '../domain/help-api.js';
import type { BranchInput, ExceptionInput, PatternInput } from '../domain/schemas/times.js';
import { ApiError, problemFromText, request } from './api.js';

/** The inbox's filters; an empty string or false leaves a filter out. */
export interface BookingFilters {
  from: string;
  to: string;
  branch: string;
  language: string;
  topic: string;
  status: BookingStatus | '';
  followUp: boolean;
  /** A reference code as the helper typed it; the server forgives case, spacing and look-alikes. */
  reference: string;
}

/** The query string for the inbox and its CSV export, so the export holds what the screen shows. */
export function bookingsQuery(filters: BookingFilters): string {
  const query = new URLSearchParams();
  for (const key of ['from', 'to', 'branch', 'language', 'topic', 'status', 'reference'] as const) {
    if (filters[key]) query.set(key, filters[key]);
  }
  if (filters.followUp) query.set('followUp', 'true');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The inbox as a CSV download (a plain link: the browser sends the session cookie). */
export function bookingsCsvUrl(filters: BookingFilters): string {
  return `/api/staff/bookings.csv${bookingsQuery(filters)}`;
}

export interface SessionsAhead {
  slots: Slot[];
  dropIns: DropIn[];
}

const segment = encodeURIComponent;

export const helpApi = {
  times: () => request<Times>('GET', 'times'),
  /** Creates the branch with this id, or replaces it. */
  saveBranch: (id: string, branch: BranchInput) => request<Branch>('PUT', `branches/${segment(id)}`, { body: branch }),
  createPattern: (pattern: PatternInput) => request<SessionPattern>('POST', 'patterns', { body: pattern }),
  updatePattern: (id: number, pattern: PatternInput) =>
    request<SessionPattern>('PUT', `patterns/${id}`, { body: pattern }),
  /** 409 while the pattern has coming bookings. */
  deletePattern: (id: number) => request<void>('DELETE', `patterns/${id}`),
  createException: (exception: ExceptionInput) => request<SessionException>('POST', 'exceptions', { body: exception }),
  deleteException: (id: number) => request<void>('DELETE', `exceptions/${id}`),
  /** The sessions the patterns give from `from` (YYYY-MM-DD) on, exceptions left out. */
  slots: (from: string, days: number) => request<SessionsAhead>('GET', `slots?from=${segment(from)}&days=${days}`),

  bookings: (filters: BookingFilters) =>
    request<{ bookings: InboxBooking[] }>('GET', `bookings${bookingsQuery(filters)}`),
  setStatus: (id: number, status: BookingStatus) =>
    request<InboxBooking>('POST', `bookings/${id}/status`, { body: { status } }),
  /** 409 when the slot is full. */
  move: (id: number, slotId: string) => request<InboxBooking>('POST', `bookings/${id}/move`, { body: { slotId } }),
  counts: (from: string, to: string) =>
    request<{ counts: BookingCount[] }>('GET', `bookings/counts?from=${segment(from)}&to=${segment(to)}`),
  retention: () => request<{ days: number }>('GET', 'retention'),
};

/** The guides and categories visitors can ask for help with, named in one language. */
export interface TopicNames {
  categories: { id: string; name: string; order: number }[];
  guides: { id: string; category: string; title: string; order: number }[];
}

/**
 * Topic names from the published content, as the kiosks have it: the staff guide list is for
 * editors only, and a helper needs the names of what visitors chose, not of unpublished drafts.
 */
export async function publishedTopics(lang: string): Promise<TopicNames> {
  const manifest = await publicJson<Manifest>('/api/content/manifest');
  const ids = [...new Set(manifest.entries.filter((e) => e.kind !== 'welcome').map((e) => e.id))];
  const wanted = ids.flatMap((id) => entryFor(manifest, id, lang) ?? []);
  if (wanted.length === 0) return { categories: [], guides: [] };
  const response = await publicFetch(`/api/content/entries?hashes=${wanted.map((e) => e.hash).join(',')}`);
  const decoder = new TextDecoder();
  const topics: TopicNames = { categories: [], guides: [] };
  for (const payload of parseEntries(new Uint8Array(await response.arrayBuffer()))) {
    const entry = wanted.find((e) => e.hash === payload.hash);
    const body: unknown = JSON.parse(decoder.decode(payload.bytes));
    if (entry?.kind === 'categories') {
      topics.categories = (body as CategoryList).categories.map(({ id, name, order }) => ({ id, name, order }));
    } else if (entry?.kind === 'guide') {
      const { id, category, title, order } = body as GuideTranslation;
      topics.guides.push({ id, category, title, order });
    }
  }
  return topics;
}

async function publicFetch(path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (!response.ok) {
    throw new ApiError(problemFromText(response.status, response.statusText, await response.text().catch(() => '')));
  }
  return response;
}

async function publicJson<T>(path: string): Promise<T> {
  return (await (await publicFetch(path)).json()) as T;
}
