/**
 * The console's client for the fleet routes (src/domain/schemas/fleet.ts lists them all): the
 * fleet view, a kiosk's detail and changes, enrolment codes and the branches' kiosk defaults.
 */

import type { KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import type {
  BranchKioskSettings,
  EnrolmentCreated,
  EnrolmentRow,
  FleetAnswer,
  FleetSort,
  KioskDetail,
} from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import { request } from '../api.js';

const segment = encodeURIComponent;

/** Kiosks per page: the server never sends the whole fleet (30 000 kiosks must stay usable). */
export const FLEET_PAGE = 50;

/**
 * The fleet view's query (FleetQuerySchema), written out: the schema's unions are built from lists,
 * which its static type does not follow.
 */
export interface FleetQuery {
  branch?: string;
  state?: KioskState;
  q?: string;
  sort?: FleetSort;
  order?: 'asc' | 'desc';
  limit?: string;
  offset?: string;
}

/** The fleet query as URL parameters, leaving out what is not set. */
export function fleetQueryString(query: FleetQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const fleetApi = {
  kiosks: (query: FleetQuery) => request<FleetAnswer>('GET', `kiosks${fleetQueryString(query)}`),
  kiosk: (id: string) => request<KioskDetail>('GET', `kiosks/${segment(id)}`),
  /** Renames a kiosk or moves it to another branch. */
  patchKiosk: (id: string, change: { name?: string; branchId?: string }) =>
    request<KioskDetail>('PATCH', `kiosks/${segment(id)}`, { body: change }),
  revoke: (id: string) => request<KioskDetail>('POST', `kiosks/${segment(id)}/revoke`),
  /** Replaces the kiosk's own settings; the server makes a new version of them. */
  saveKioskSettings: (id: string, settings: KioskSettingsOverride) =>
    request<KioskDetail>('PUT', `kiosks/${segment(id)}/settings`, { body: settings }),

  enrolments: () => request<{ enrolments: EnrolmentRow[] }>('GET', 'enrolments'),
  createEnrolment: (body: { branchId: string; name?: string; kioskId?: string }) =>
    request<EnrolmentCreated>('POST', 'enrolments', { body }),
  withdrawEnrolment: (id: number) => request<void>('DELETE', `enrolments/${id}`),

  branchSettings: (branchId: string) =>
    request<BranchKioskSettings>('GET', `branches/${segment(branchId)}/kiosk-settings`),
  /** `pin`: a new PIN, null to remove it, left out to keep the one set. */
  saveBranchSettings: (
    branchId: string,
    body: { settings: KioskSettingsOverride; pin?: string | null; alertEmails: string[] },
  ) => request<BranchKioskSettings>('PUT', `branches/${segment(branchId)}/kiosk-settings`, { body }),
};
