import { parseArgs } from 'node:util';
import { keeps, STAFF_ROLES, USERNAME_PATTERN } from '../../domain/schemas/rules.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { loadConfig } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { staffRepository } from '../repositories/staff-repository.js';

const USAGE = 'usage: npm run create-user -- --username NAME --role admin|editor|helper --password-stdin';

/** Reads the password from standard input (never a flag: flags end up in shell history). */
async function readPassword(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

/**
 * `npm run create-user`: makes a staff account, such as the first admin. There is no default
 * password anywhere; the password comes from standard input.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const username = values.username ?? '';
  const role = STAFF_ROLES.find((r) => r === values.role);
  if (!keeps(USERNAME_PATTERN, username) || !role || !values['password-stdin']) {
    console.error(USAGE);
    console.error('The username is 2–64 of a-z 0-9 . _ - ; the password is read from standard input.');
    return 2;
  }
  const password = await readPassword();
  const problem = passwordProblem(password, username);
  if (problem) {
    console.error(`The password ${problem}.`);
    return 1;
  }
  const db = openDatabase(loadConfig());
  try {
    await migrateToLatest(db);
    const staff = staffRepository(db);
    if (await staff.usernameTaken(username)) {
      console.error(`The username "${username}" is taken.`);
      return 1;
    }
    const user = await staff.createUser({ username, role, passwordHash: await hashPassword(password) });
    await staff.audit({
      actor: { id: null, username: 'command line' },
      action: 'create-user',
      target: `user/${user.id}`,
      afterId: role,
    });
    console.log(`Created ${role} "${username}".`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
