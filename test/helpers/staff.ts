import type { StaffRole } from '../../src/domain/schemas/rules.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { testServer } from './server.js';

/** A same-origin request's headers: staff writes must carry this server's Origin. */
export const SAME_ORIGIN = { origin: 'http://library.example', host: 'library.example' };

/** Makes an account, signs it in through the real route, and returns headers that carry its session. */
export async function signedIn(
  server: Awaited<ReturnType<typeof testServer>>,
  username = 'eva',
  role: StaffRole = 'editor',
): Promise<Record<string, string>> {
  await server.app.staff.createUser({ username, role, passwordHash: await hashPassword('a long enough secret') });
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    headers: SAME_ORIGIN,
    payload: { username, password: 'a long enough secret' },
  });
  return { cookie: `sp_session=${login.cookies.find((c) => c.name === 'sp_session')?.value}`, ...SAME_ORIGIN };
}
