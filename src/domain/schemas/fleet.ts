import { type Static, Type } from 'typebox';
import { REMINDER_CHANNELS } from '../reminder-channels.js';
import { BranchId, DisplayText, Lang, Slug } from './common.js';
import { ENROLMENT_CODE_INPUT_PATTERN, KIOSK_ID_PATTERN, KIOSK_STATES, STAFF_PIN_PATTERN } from './rules.js';

/**
 * The fleet's API (DESIGN.md flow 3). Kiosk side:
 *   POST /api/kiosk/enrol       { code }            → EnrolAnswer (201)           public, rate-limited
 *   GET  /api/kiosk/settings                        → SettingsAnswer              kiosk
 *   POST /api/kiosk/heartbeat   Heartbeat           → HeartbeatAnswer             kiosk (enrolled)
 * Staff side:
 *   POST   /api/staff/enrolments          EnrolmentCreate  → EnrolmentCreated (201)   admin
 *   GET    /api/staff/enrolments                           → { enrolments: EnrolmentRow[] } admin (open codes)
 *   DELETE /api/staff/enrolments/:id                       → 204 (withdrawn)           admin
 *   GET    /api/staff/kiosks?FleetQuery                    → FleetAnswer               admin; helper (own branch)
 *   GET    /api/staff/kiosks/:id                           → KioskDetail               admin; helper (own branch)
 *   PATCH  /api/staff/kiosks/:id          KioskPatch       → KioskDetail               admin
 *   POST   /api/staff/kiosks/:id/revoke                    → KioskDetail               admin
 *   PUT    /api/staff/kiosks/:id/settings KioskSettingsOverride → KioskDetail          admin (new version)
 *   GET    /api/staff/branches/:id/kiosk-settings          → BranchKioskSettings       admin
 *   PUT    /api/staff/branches/:id/kiosk-settings BranchKioskSettingsInput → BranchKioskSettings admin
 */

export const KioskId = Type.String({ pattern: KIOSK_ID_PATTERN });
export const KioskStateSchema = Type.Enum(KIOSK_STATES);
const Channel = Type.Enum(REMINDER_CHANNELS);
const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });
const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });
/** Bytes, as `navigator.storage.estimate()` reports them (JSON numbers are exact to 2^53). */
const Bytes = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

/** Settings as an admin writes them for a branch or a kiosk: each one optional (not set: the level below). */
export const KioskSettingsOverrideSchema = Type.Object(
  {
    defaultLanguage: Type.Optional(Lang),
    languages: Type.Optional(Type.Array(Lang, { minItems: 1, maxItems: 20, uniqueItems: true })),
    idleTimeoutSeconds: Type.Optional(Type.Integer({ minimum: 15, maximum: 3600 })),
    categories: Type.Optional(Type.Union([Type.Array(Slug, { maxItems: 200, uniqueItems: true }), Type.Null()])),
    reminderChannels: Type.Optional(Type.Array(Channel, { maxItems: 5, uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const StaffPinHashSchema = Type.Object({
  salt: Type.String(),
  hash: Type.String(),
  iterations: Type.Integer({ minimum: 1 }),
});

export const KioskSettingsSchema = Type.Object({
  defaultLanguage: Type.String(),
  languages: Type.Array(Type.String()),
  idleTimeoutSeconds: Type.Integer(),
  categories: Type.Union([Type.Array(Type.String()), Type.Null()]),
  reminderChannels: Type.Array(Channel),
});

export const SettingsAnswerSchema = Type.Object({
  version: Type.Integer(),
  settings: KioskSettingsSchema,
  staffPin: Type.Union([StaffPinHashSchema, Type.Null()]),
});

/** Who a kiosk is, as it is told at enrolment and in every heartbeat's answer. */
export const KioskIdentitySchema = Type.Object({
  id: KioskId,
  name: Type.String(),
  branchId: Type.String(),
  branchName: Type.String(),
});
export type KioskIdentity = Static<typeof KioskIdentitySchema>;

export const EnrolBodySchema = Type.Object(
  { code: Type.String({ pattern: ENROLMENT_CODE_INPUT_PATTERN }) },
  { additionalProperties: false },
);

export const EnrolAnswerSchema = Type.Object({
  /** The device token: sent as `Authorization: Bearer <token>`; the server keeps only its hash. */
  token: Type.String(),
  kiosk: KioskIdentitySchema,
  settings: SettingsAnswerSchema,
});
export type EnrolAnswer = Static<typeof EnrolAnswerSchema>;

/**
 * What a kiosk reports, pushed every 5 minutes (with jitter) and at start, reconnect and idle
 * reset. Offline beats are not queued: the next one carries the state. `seq` rises by one per beat
 * made on the tablet; the server counts a beat once, ignoring one whose seq it has already seen.
 */
export const HeartbeatSchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    appVersion: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9._+-]+$' }),
    contentVersion: Type.Union([Type.Integer({ minimum: 0, maximum: 2_000_000_000 }), Type.Null()]),
    settingsVersion: Type.Union([Type.Integer({ minimum: 0, maximum: 2_000_000_000 }), Type.Null()]),
    outboxPending: Count,
    outboxRejected: Count,
    storageUsed: Type.Union([Bytes, Type.Null()]),
    storageQuota: Type.Union([Bytes, Type.Null()]),
    persisted: Type.Union([Type.Boolean(), Type.Null()]),
    lastSyncAt: Type.Union([Timestamp, Type.Null()]),
    lastError: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
    orientation: Type.Union([Type.Literal('landscape'), Type.Literal('portrait'), Type.Null()]),
    screenWidth: Type.Integer({ minimum: 0, maximum: 20_000 }),
    screenHeight: Type.Integer({ minimum: 0, maximum: 20_000 }),
  },
  { additionalProperties: false },
);
export type Heartbeat = Static<typeof HeartbeatSchema>;

/** The answer to a beat: who the kiosk is now, and its settings only when their version moved on. */
export const HeartbeatAnswerSchema = Type.Object({
  kiosk: KioskIdentitySchema,
  settingsVersion: Type.Integer(),
  settings: Type.Optional(SettingsAnswerSchema),
});
export type HeartbeatAnswer = Static<typeof HeartbeatAnswerSchema>;

export const EnrolmentCreateSchema = Type.Object(
  {
    branchId: BranchId,
    name: Type.Optional(DisplayText(60, 1)),
    /** Enrol this (revoked) kiosk again, keeping its name, settings and history. */
    kioskId: Type.Optional(KioskId),
  },
  { additionalProperties: false },
);

export const EnrolmentCreatedSchema = Type.Object({
  id: Type.Integer(),
  /** Shown once, never stored: the server keeps only its hash. */
  code: Type.String(),
  /** The set-up address (`…/#enrol=<code>`), for the QR code. */
  url: Type.String(),
  branchId: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  kioskId: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Timestamp,
});
export type EnrolmentCreated = Static<typeof EnrolmentCreatedSchema>;

export const EnrolmentRowSchema = Type.Object({
  id: Type.Integer(),
  branchId: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  kioskId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  createdBy: Type.String(),
  expiresAt: Timestamp,
});
export type EnrolmentRow = Static<typeof EnrolmentRowSchema>;

export const FLEET_SORTS = ['name', 'branch', 'state', 'lastSeen', 'outbox', 'storage', 'content', 'app'] as const;
export type FleetSort = (typeof FLEET_SORTS)[number];

/** The fleet view's query: every field optional; numbers arrive as digits (never coerced). */
export const FleetQuerySchema = Type.Object(
  {
    branch: Type.Optional(BranchId),
    state: Type.Optional(KioskStateSchema),
    /** Part of a kiosk's name. */
    q: Type.Optional(Type.String({ maxLength: 60 })),
    sort: Type.Optional(Type.Enum(FLEET_SORTS)),
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    limit: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|[1-4][0-9]{2}|500)$' })),
    offset: Type.Optional(Type.String({ pattern: '^[0-9]{1,7}$' })),
  },
  { additionalProperties: false },
);
export type FleetQuery = Static<typeof FleetQuerySchema>;

export const FleetRowSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  branchId: Type.String(),
  branchName: Type.String(),
  state: KioskStateSchema,
  stateSince: Timestamp,
  lastSeenAt: Type.Union([Timestamp, Type.Null()]),
  enrolledAt: Timestamp,
  revokedAt: Type.Union([Timestamp, Type.Null()]),
  appVersion: Type.Union([Type.String(), Type.Null()]),
  contentVersion: Type.Union([Type.Integer(), Type.Null()]),
  /** The settings version pushed to the kiosk, and the one it last said it applies. */
  settingsVersion: Type.Integer(),
  settingsApplied: Type.Union([Type.Integer(), Type.Null()]),
  outboxPending: Type.Union([Type.Integer(), Type.Null()]),
  outboxRejected: Type.Union([Type.Integer(), Type.Null()]),
  storageUsed: Type.Union([Type.Integer(), Type.Null()]),
  storageQuota: Type.Union([Type.Integer(), Type.Null()]),
  persisted: Type.Union([Type.Boolean(), Type.Null()]),
  lastSyncAt: Type.Union([Timestamp, Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  orientation: Type.Union([Type.String(), Type.Null()]),
  screenWidth: Type.Union([Type.Integer(), Type.Null()]),
  screenHeight: Type.Union([Type.Integer(), Type.Null()]),
});
export type FleetRow = Static<typeof FleetRowSchema>;

export const FleetAnswerSchema = Type.Object({
  kiosks: Type.Array(FleetRowSchema),
  /** Kiosks matching the filter, before limit and offset. */
  total: Type.Integer(),
  /** Kiosks per state, within the branch filter (for the filter's chips). */
  counts: Type.Record(Type.String(), Type.Integer()),
});
export type FleetAnswer = Static<typeof FleetAnswerSchema>;

export const StateChangeSchema = Type.Object({ at: Timestamp, from: KioskStateSchema, to: KioskStateSchema });

export const KioskDetailSchema = Type.Object({
  kiosk: FleetRowSchema,
  /** The kiosk's own settings, its branch's defaults, and what it follows from the two. */
  settings: KioskSettingsOverrideSchema,
  branchSettings: KioskSettingsOverrideSchema,
  effective: KioskSettingsSchema,
  /** The newest state changes first (at most 100). */
  history: Type.Array(StateChangeSchema),
});
export type KioskDetail = Static<typeof KioskDetailSchema>;

export const KioskPatchSchema = Type.Object(
  { name: Type.Optional(DisplayText(60, 1)), branchId: Type.Optional(BranchId) },
  { additionalProperties: false, minProperties: 1 },
);

export const KioskParams = Type.Object({ id: KioskId });
export const BranchParams = Type.Object({ id: BranchId });

export const BranchKioskSettingsInputSchema = Type.Object(
  {
    settings: KioskSettingsOverrideSchema,
    /** A new PIN; null removes it (the status screen stays shut); absent keeps the one set. */
    pin: Type.Optional(Type.Union([Type.String({ pattern: STAFF_PIN_PATTERN }), Type.Null()])),
    alertEmails: Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const BranchKioskSettingsSchema = Type.Object({
  branchId: Type.String(),
  settings: KioskSettingsOverrideSchema,
  hasPin: Type.Boolean(),
  alertEmails: Type.Array(Type.String()),
});
export type BranchKioskSettings = Static<typeof BranchKioskSettingsSchema>;
