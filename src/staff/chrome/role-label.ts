import type { StaffRole } from '../../domain/staff-api.js';

/** A role's name in the console's language; key by key, so every key is findable in the code. */
export function roleLabel(t: (key: string) => string, role: StaffRole): string {
  switch (role) {
    case 'admin':
      return t('roles.admin');
    case 'editor':
      return t('roles.editor');
    case 'helper':
      return t('roles.helper');
  }
}
