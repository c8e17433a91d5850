import type { GuideText, TranslationStatus } from '../../domain/staff-api.js';

/** A stored text's status as the guide list shows it (outdated outranks draft and reviewed). */
export function textStatus(text: GuideText | undefined): TranslationStatus {
  if (!text) return 'missing';
  return text.outdated ? 'outdated' : text.status;
}

/** The guide's title: its `# ` line. */
export function titleOf(markdown: string): string {
  return /^#[ \t]+(.+)$/m.exec(markdown)?.[1]?.trim() ?? '';
}
