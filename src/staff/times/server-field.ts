import { ApiError } from '../api.js';

/**
 * `aria-invalid` and a pointer to the problem shown, for the field a server problem names
 * (`body/<name>`), so a screen reader on that field hears what is wrong with it.
 */
export function invalidIf(error: unknown, name: string, problemId: string) {
  return isNamed(error, name) ? { 'aria-invalid': true as const, 'aria-describedby': problemId } : {};
}

export function isNamed(error: unknown, name: string): boolean {
  return error instanceof ApiError && error.problem.field === `body/${name}`;
}
