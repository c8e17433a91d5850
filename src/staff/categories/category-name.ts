import type { CategoryRow } from '../../domain/staff-api.js';

/** A category's name in `lang`, else its Swedish name (the source), else its id. */
export function categoryName(category: Pick<CategoryRow, 'id' | 'name'>, lang: string): string {
  return category.name[lang] ?? category.name.sv ?? category.id;
}
