import type { Generated } from 'kysely';
import type { BookingStatus, KioskState, StaffRole } from '../../domain/schemas/rules.js';

/** Entry bodies, stored once under the SHA-256 of their bytes. */
export interface ContentBlobTable {
  hash: string;
  kind: string;
  body: string;
  size: number;
}

/** Every published content version; the newest one is in force. */
export interface ContentVersionTable {
  version: number;
  created_at: string;
  changelog: string;
  /** The manifest as served, byte for byte, so its ETag never drifts. */
  manifest: string;
  etag: string;
  /**
   * The editorial content it was published from (JSON), for restoring it: since migration 014 its
   * texts are named by hash (editorial_text_blob); before, held whole.
   */
  editorial: string | null;
}

/** Media files; the bytes live in DATA_DIR/media/<hash>. */
export interface MediaTable {
  hash: string;
  type: string;
  size: number;
  created_at: string;
}

export interface StaffUserTable {
  id: Generated<number>;
  username: string;
  role: StaffRole;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
  /** A helper's own branch: they see its kiosks. Null: no branch (admins see every kiosk). */
  branch_id: Generated<string | null>;
}

export interface StaffSessionTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** Who did what to which thing, and the ids of what it was before and after. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string;
  action: string;
  target: string;
  before_id: string | null;
  after_id: string | null;
}

export interface EditorialCategoryTable {
  id: string;
  sort_order: number;
  /** JSON: name by language. */
  names: string;
  /** The pictogram's name (one of PICTOGRAMS); null: none chosen, kiosks draw the default. */
  icon: string | null;
  /** When it was archived (kept, but published nowhere); null: in use. */
  archived_at: Generated<string | null>;
}

export interface EditorialGuideTable {
  id: string;
  category: string;
  sort_order: number;
  video: string | null;
  /** When it was archived (kept, but published nowhere); null: in use. */
  archived_at: Generated<string | null>;
  /** Its own pictogram (one of PICTOGRAMS); null: none chosen, its tile shows its category's. */
  icon: Generated<string | null>;
}

export interface EditorialTextTable {
  guide_id: string;
  lang: string;
  markdown: string;
  status: 'draft' | 'reviewed';
  revision: number;
  source_revision: number;
  updated_at: string;
  updated_by: string;
}

export interface EditorialMediaTable {
  path: string;
  hash: string;
  type: string;
  size: number;
}

export interface EditorialSettingTable {
  key: string;
  value: string;
}

export interface BranchTable {
  id: string;
  name: string;
  place: string;
  /** JSON: PlaceTranslations (language code → the place in that language). */
  place_translations: string;
  /** JSON: OpeningHours. */
  opening_hours: string;
  /** JSON: KioskSettingsOverride, the defaults for this branch's kiosks. */
  kiosk_settings: Generated<string>;
  /** JSON: StaffPinHash for the kiosks' status screen; null: no PIN set, the screen stays shut. */
  staff_pin: string | null;
  /** JSON: string[], where this branch's kiosk alerts are e-mailed. */
  alert_emails: Generated<string>;
}

export interface SessionPatternTable {
  id: Generated<number>;
  branch_id: string;
  kind: 'drop-in' | 'bookable';
  weekday: number;
  start: string;
  duration_minutes: number;
  capacity: number;
  /** JSON: string[] */
  topics: string;
  /** JSON: string[] */
  languages: string;
  valid_from: string;
  valid_until: string | null;
}

export interface SessionExceptionTable {
  id: Generated<number>;
  branch_id: string;
  pattern_id: number | null;
  date: string;
  reason: string;
}

export interface BookingTable {
  id: Generated<number>;
  idempotency_key: string;
  reference: string;
  branch_id: string;
  topic: string;
  language: string;
  slot_id: string | null;
  session_date: string | null;
  session_start: string | null;
  session_end: string | null;
  /** JSON: string[] */
  requested_slots: string;
  any_time: number;
  outcome: 'confirmed' | 'moved' | 'waiting';
  status: BookingStatus;
  follow_up: number;
  first_name: string | null;
  phone: string | null;
  email: string | null;
  consent: number;
  created_at: string;
  received_at: string;
  retention_date: string;
  personal_deleted_at: string | null;
  reminder_sent_at: string | null;
}

export interface SlotSeatTable {
  slot_id: string;
  seat: number;
  booking_id: number;
}

export interface IdempotencyKeyTable {
  key: string;
  request_hash: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: string | null;
  created_at: string;
}

/** An enrolled tablet: its token's hash, its settings, and the state its last heartbeat reported. */
export interface KioskTable {
  id: string;
  name: string;
  branch_id: string;
  /** SHA-256 (hex) of the device token; kept after revocation so a revoked token is told so. */
  token_hash: string;
  enrolled_at: string;
  revoked_at: string | null;
  /** JSON: KioskSettingsOverride, this kiosk's own settings over its branch's. */
  settings: Generated<string>;
  /** Raised on every change to this kiosk's effective settings (its own or its branch's). */
  settings_version: Generated<number>;
  /** The settings version the kiosk last said it applies. */
  settings_applied: number | null;
  state: KioskState;
  state_since: string;
  last_seen_at: string | null;
  /** The newest heartbeat's sequence number; an older or repeated beat is not counted again. */
  last_beat_seq: number | null;
  beats: Generated<number>;
  app_version: string | null;
  content_version: number | null;
  outbox_pending: number | null;
  outbox_rejected: number | null;
  storage_used_kb: number | null;
  storage_quota_kb: number | null;
  persisted: number | null;
  last_sync_at: string | null;
  last_error: string | null;
  orientation: string | null;
  screen_width: number | null;
  screen_height: number | null;
}

/** A one-time enrolment code; only its hash is kept. */
export interface EnrolmentCodeTable {
  id: Generated<number>;
  code_hash: string;
  branch_id: string;
  name: string | null;
  /** Enrols this existing kiosk again (after revocation) instead of a new one. */
  kiosk_id: string | null;
  created_at: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
  withdrawn_at: string | null;
}

export interface KioskStateChangeTable {
  id: Generated<number>;
  kiosk_id: string;
  at: string;
  from_state: KioskState;
  to_state: KioskState;
}

/** The alert machine's record for one kiosk (AlertRecord in fleet/alert-machine.ts); 0/1 flags. */
export interface KioskAlertTable {
  kiosk_id: string;
  told: 'online' | 'stale' | 'offline';
  stale_since: string | null;
  online_since: string | null;
  content_since: string | null;
  content_told: number;
  outbox_since: string | null;
  outbox_told: number;
  storage_told: number;
}

/** A notice owed to a branch's staff about one kiosk, until the mail server accepts it. */
export interface KioskAlertNoticeTable {
  id: Generated<number>;
  kiosk_id: string;
  /** A NoticeKind (fleet/alert-machine.ts). */
  kind: string;
  /** The state a recovery ends. */
  from_state: string | null;
  at: string;
  last_seen_at: string | null;
  settled_at: string | null;
  outcome: 'sent' | 'no-recipients' | 'no-mail-server' | null;
}

/** A periodic job's lease: the period it last ran for, who holds that run, until when, and whether it finished. */
export interface JobLeaseTable {
  job: string;
  period_start: string;
  holder: string;
  lease_until: string;
  finished_at: string | null;
}

/** A guide text as parsed, by the hash of its Markdown (migration 012). */
export interface ParsedTextTable {
  hash: string;
  guide: string;
}

/** A guide text named by a version's editorial snapshot, by the SHA-256 of its Markdown (migration 014). */
export interface EditorialTextBlobTable {
  hash: string;
  markdown: string;
}

/** A guide entry's hash and size by the hash of what it is made from (migration 014). */
export interface EntryCacheTable {
  key: string;
  hash: string;
  size: number;
  /** The images the entry shows, as JSON `[path, media hash]` pairs. */
  images: string;
}

export interface Database {
  content_blob: ContentBlobTable;
  content_version: ContentVersionTable;
  media: MediaTable;
  staff_user: StaffUserTable;
  staff_session: StaffSessionTable;
  audit_log: AuditLogTable;
  editorial_category: EditorialCategoryTable;
  editorial_guide: EditorialGuideTable;
  editorial_text: EditorialTextTable;
  editorial_media: EditorialMediaTable;
  editorial_setting: EditorialSettingTable;
  parsed_text: ParsedTextTable;
  editorial_text_blob: EditorialTextBlobTable;
  entry_cache: EntryCacheTable;
  branch: BranchTable;
  session_pattern: SessionPatternTable;
  session_exception: SessionExceptionTable;
  booking: BookingTable;
  slot_seat: SlotSeatTable;
  idempotency_key: IdempotencyKeyTable;
  kiosk: KioskTable;
  enrolment_code: EnrolmentCodeTable;
  kiosk_state_change: KioskStateChangeTable;
  kiosk_alert: KioskAlertTable;
  kiosk_alert_notice: KioskAlertNoticeTable;
  job_lease: JobLeaseTable;
}
