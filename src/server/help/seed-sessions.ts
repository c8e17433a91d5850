import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Value from 'typebox/value';
import { SessionsSeedSchema } from '../../domain/schemas/times.js';
import type { TimesRepository } from '../repositories/times-repository.js';
import { patternProblem } from './times-rules.js';

/**
 * Adds the branches and help-session times of `content/sessions.json` to a database that has no
 * branch yet. Returns how many branches were added; throws naming the first problem in the file.
 */
export async function seedSessionsIfEmpty(times: TimesRepository, contentDir: string): Promise<number> {
  const file = join(contentDir, 'sessions.json');
  if (!existsSync(file) || (await times.branches()).length > 0) return 0;
  const seed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Value.Check(SessionsSeedSchema, seed)) {
    const [first] = Value.Errors(SessionsSeedSchema, seed);
    throw new Error(`sessions.json: ${first?.instancePath ?? ''} ${first?.message ?? 'is malformed'}`);
  }
  for (const { id, patterns, closed, ...branch } of seed.branches) {
    await times.putBranch(id, branch);
    for (const pattern of patterns) {
      const input = { ...pattern, branchId: id };
      const problem = patternProblem(input);
      if (problem)
        throw new Error(`sessions.json: branch ${id}: ${problem.field.replace('body/', '')}: ${problem.detail}`);
      await times.addPattern(input);
    }
    for (const day of closed) await times.addException({ branchId: id, patternId: null, ...day });
  }
  return seed.branches.length;
}
