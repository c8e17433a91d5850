import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StaffRole } from '../../domain/schemas/rules.js';
import type { StaffUser } from '../../domain/staff-api.js';
import type { Database } from '../db/schema.js';
import { type AuditFilter, auditActors, auditPage } from './audit-log.js';

export type { StaffUser };

export interface AuditEntry {
  actor: { id: number | null; username: string };
  action: string;
  target: string;
  beforeId?: string | null;
  afterId?: string | null;
}

/** Sessions last a working day; the cookie carries only a random token, stored here as its hash. */
export const SESSION_HOURS = 10;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const toUser = (row: {
  id: number;
  username: string;
  role: StaffRole;
  disabled_at: string | null;
  branch_id: string | null;
}): StaffUser => ({
  id: row.id,
  username: row.username,
  role: row.role,
  disabled: row.disabled_at !== null,
  branchId: row.branch_id,
});

/** All SQL about staff accounts, sessions and the audit log. */
export function staffRepository(db: Kysely<Database>) {
  const userColumns = ['id', 'username', 'role', 'disabled_at', 'branch_id'] as const;
  return {
    async createUser(input: {
      username: string;
      role: StaffRole;
      passwordHash: string;
      branchId?: string | null;
    }): Promise<StaffUser> {
      const row = await db
        .insertInto('staff_user')
        .values({
          username: input.username,
          role: input.role,
          password_hash: input.passwordHash,
          created_at: new Date().toISOString(),
          disabled_at: null,
          branch_id: input.branchId ?? null,
        })
        .returning(userColumns)
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async usernameTaken(username: string): Promise<boolean> {
      const row = await db.selectFrom('staff_user').select('id').where('username', '=', username).executeTakeFirst();
      return row !== undefined;
    },

    /** The account and its password hash, for logging in. */
    async credentials(username: string): Promise<(StaffUser & { passwordHash: string }) | undefined> {
      const row = await db
        .selectFrom('staff_user')
        .select([...userColumns, 'password_hash'])
        .where('username', '=', username)
        .executeTakeFirst();
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },

    async passwordHash(userId: number): Promise<string | undefined> {
      const row = await db.selectFrom('staff_user').select('password_hash').where('id', '=', userId).executeTakeFirst();
      return row?.password_hash;
    },

    async listUsers(): Promise<StaffUser[]> {
      return (await db.selectFrom('staff_user').select(userColumns).orderBy('username').execute()).map(toUser);
    },

    async updateUser(
      id: number,
      change: { role?: StaffRole; disabled?: boolean; passwordHash?: string; branchId?: string | null },
    ) {
      const row = await db
        .updateTable('staff_user')
        .set({
          ...(change.role ? { role: change.role } : {}),
          ...(change.disabled === undefined ? {} : { disabled_at: change.disabled ? new Date().toISOString() : null }),
          ...(change.passwordHash ? { password_hash: change.passwordHash } : {}),
          ...(change.branchId === undefined ? {} : { branch_id: change.branchId }),
        })
        .where('id', '=', id)
        .returning(userColumns)
        .executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    /** Starts a session; returns the token for the cookie (only its hash is stored). */
    async createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const now = new Date();
      const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
      await db
        .insertInto('staff_session')
        .values({
          id: tokenHash(token),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
        })
        .execute();
      return { token, expiresAt };
    },

    /** The user of a live session, or undefined (expired, unknown, or the account disabled). */
    async sessionUser(token: string): Promise<StaffUser | undefined> {
      const row = await db
        .selectFrom('staff_session')
        .innerJoin('staff_user', 'staff_user.id', 'staff_session.user_id')
        .select([
          'staff_user.id',
          'staff_user.username',
          'staff_user.role',
          'staff_user.disabled_at',
          'staff_user.branch_id',
        ])
        .where('staff_session.id', '=', tokenHash(token))
        .where('staff_session.expires_at', '>', new Date().toISOString())
        .executeTakeFirst();
      return row && row.disabled_at === null ? toUser(row) : undefined;
    },

    async endSession(token: string): Promise<void> {
      await db.deleteFrom('staff_session').where('id', '=', tokenHash(token)).execute();
    },

    /** Ends every session of a user, except the one kept (after a password change, say). */
    async endSessionsOf(userId: number, keepToken?: string): Promise<void> {
      let query = db.deleteFrom('staff_session').where('user_id', '=', userId);
      if (keepToken) query = query.where('id', '!=', tokenHash(keepToken));
      await query.execute();
    },

    async audit(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          at: new Date().toISOString(),
          actor_id: entry.actor.id,
          actor: entry.actor.username,
          action: entry.action,
          target: entry.target,
          before_id: entry.beforeId ?? null,
          after_id: entry.afterId ?? null,
        })
        .execute();
    },

    async auditLog(limit: number) {
      return db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
    },

    /** A filtered page of the log, newest first, each entry's subject resolved to its display name. */
    auditPage: (filter: AuditFilter) => auditPage(db, filter),

    /** Everyone who appears in the log. */
    auditActors: () => auditActors(db),
  };
}

export type StaffRepository = ReturnType<typeof staffRepository>;
