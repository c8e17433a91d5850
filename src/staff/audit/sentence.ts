import { isPictogram } from '../../domain/pictograms.js';
import type { AuditEntry } from '../../domain/schemas/audit.js';
import { parseSlotId } from '../../domain/slot-rules.js';
import { pictogramKey } from '../categories/pictogram-label.js';

/**
 * An audit entry as a sentence: an i18next key, the values it names, and `terms`, values that are
 * themselves keys (a language's or role's name) to translate before they go in.
 */
export interface Sentence {
  key: string;
  values: Record<string, string | number>;
  terms?: Record<string, string>;
}

type Rule = (e: AuditEntry) => Sentence;

// What an entry names, in words; the id stands in when the thing is gone.
const guide = (e: AuditEntry) => e.subject.name ?? e.subject.id;
const named = (e: AuditEntry) => e.subject.name ?? `#${e.subject.id}`;
const say =
  (key: string, values: (e: AuditEntry) => Record<string, string | number> = () => ({})): Rule =>
  (e) => ({ key, values: { actor: e.actor, ...values(e) } });

/** A language's name in the console's language; key by key, so every key is findable in the code. */
const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'audit.language.sv',
  'sv-x-easy': 'audit.language.svEasy',
  en: 'audit.language.en',
  ar: 'audit.language.ar',
  so: 'audit.language.so',
  ti: 'audit.language.ti',
  prs: 'audit.language.prs',
  fa: 'audit.language.fa',
  uk: 'audit.language.uk',
};

const ROLE_NAMES: Record<string, string> = { admin: 'roles.admin', editor: 'roles.editor', helper: 'roles.helper' };

/** A request's new status: each has its own sentence, as the verbs differ ("confirmed", "marked … as attended"). */
const STATUS_SENTENCES: Record<string, string> = {
  attended: 'audit.sentence.statusAttended',
  'no-show': 'audit.sentence.statusNoShow',
  confirmed: 'audit.sentence.statusConfirmed',
  cancelled: 'audit.sentence.statusCancelled',
  waiting: 'audit.sentence.statusWaiting',
};

const saveText: Rule = (e) => {
  const lang = e.subject.lang ?? '';
  const term = LANGUAGE_NAMES[lang];
  return {
    key: 'audit.sentence.saveText',
    values: { actor: e.actor, guide: guide(e), ...(term ? {} : { language: lang }) },
    ...(term ? { terms: { language: term } } : {}),
  };
};

const setStatus: Rule = (e) => ({
  key: STATUS_SENTENCES[e.after ?? ''] ?? 'audit.sentence.status',
  values: { actor: e.actor, reference: named(e), status: e.after ?? '' },
});

/** A guide's own pictogram named in words; taken away, its tile shows its category's again. */
const setGuideIcon: Rule = (e) => {
  if (!e.after) return say('audit.sentence.removeGuideIcon', () => ({ guide: guide(e) }))(e);
  const values = { actor: e.actor, guide: guide(e) };
  // A name this console does not know (from a newer server) is shown as it is.
  if (!isPictogram(e.after)) return { key: 'audit.sentence.setGuideIcon', values: { ...values, pictogram: e.after } };
  return { key: 'audit.sentence.setGuideIcon', values, terms: { pictogram: pictogramKey(e.after) } };
};

const createUser: Rule = (e) => {
  const term = ROLE_NAMES[e.after ?? ''];
  return {
    key: 'audit.sentence.createUser',
    values: { actor: e.actor, user: named(e), ...(term ? {} : { role: e.after ?? '' }) },
    ...(term ? { terms: { role: term } } : {}),
  };
};

/**
 * One rule per kind the server writes. A test reads every kind written in src/server and fails
 * when one is missing here.
 */
export const AUDIT_SENTENCES: Readonly<Record<string, Rule>> = {
  login: say('audit.sentence.login'),
  logout: say('audit.sentence.logout'),
  'change-password': say('audit.sentence.changePassword'),
  'create-user': createUser,
  'update-user': say('audit.sentence.updateUser', (e) => ({ user: named(e) })),
  'export-requests': say('audit.sentence.exportRequests', (e) => ({ count: Number(e.after ?? 0) })),
  'export-audit': say('audit.sentence.exportAudit', (e) => ({ count: Number(e.after ?? 0) })),
  'set-request-status': setStatus,
  'move-request': say('audit.sentence.moveRequest', (e) => ({
    reference: named(e),
    date: parseSlotId(e.after ?? '')?.date ?? e.after ?? '',
  })),
  'save-text': saveText,
  'place-guide': say('audit.sentence.placeGuide', (e) => ({
    guide: guide(e),
    category: e.afterName ?? e.after?.split('#')[0] ?? '',
  })),
  'set-guide-icon': setGuideIcon,
  'set-video': (e) =>
    e.after
      ? say('audit.sentence.setVideo', () => ({ guide: guide(e), file: e.after?.replace(/^media\//, '') ?? '' }))(e)
      : say('audit.sentence.removeVideo', () => ({ guide: guide(e) }))(e),
  'edit-categories': say('audit.sentence.editCategories'),
  'create-guide': say('audit.sentence.createGuide', (e) => ({ guide: guide(e) })),
  'archive-guide': say('audit.sentence.archiveGuide', (e) => ({ guide: guide(e) })),
  'restore-guide': say('audit.sentence.restoreGuide', (e) => ({ guide: guide(e) })),
  'create-category': say('audit.sentence.createCategory', (e) => ({ category: guide(e) })),
  'archive-category': say('audit.sentence.archiveCategory', (e) => ({ category: guide(e) })),
  'restore-category': say('audit.sentence.restoreCategory', (e) => ({ category: guide(e) })),
  upload: say('audit.sentence.upload', (e) => ({ file: e.subject.id })),
  'import-pack': say('audit.sentence.importPack'),
  publish: say('audit.sentence.publish', (e) => ({ version: e.after ?? e.subject.id })),
  restore: say('audit.sentence.restore', (e) => ({ from: e.subject.id, to: e.after ?? '' })),
  'add-branch': say('audit.sentence.addBranch', (e) => ({ branch: named(e) })),
  'edit-branch': say('audit.sentence.editBranch', (e) => ({ branch: named(e) })),
  'add-pattern': say('audit.sentence.addPattern', (e) => ({ branch: named(e) })),
  'edit-pattern': say('audit.sentence.editPattern', (e) => ({ branch: named(e) })),
  'delete-pattern': say('audit.sentence.deletePattern'),
  'add-exception': say('audit.sentence.addException', (e) => ({
    branch: named(e),
    date: e.after?.split(':')[0] ?? '',
  })),
  'delete-exception': say('audit.sentence.deleteException'),
  'create-enrolment': say('audit.sentence.createEnrolment', (e) => ({
    branch: e.subject.name ?? e.afterName ?? e.after ?? '',
  })),
  'withdraw-enrolment': say('audit.sentence.withdrawEnrolment', (e) => ({ branch: named(e) })),
  'rename-kiosk': say('audit.sentence.renameKiosk', (e) => ({ from: e.before ?? '', to: e.after ?? '' })),
  'move-kiosk': say('audit.sentence.moveKiosk', (e) => ({ kiosk: named(e), branch: e.afterName ?? e.after ?? '' })),
  'revoke-kiosk': say('audit.sentence.revokeKiosk', (e) => ({ kiosk: named(e) })),
  'kiosk-settings': say('audit.sentence.kioskSettings', (e) => ({ kiosk: named(e) })),
  'branch-kiosk-settings': say('audit.sentence.branchKioskSettings', (e) => ({ branch: named(e) })),
};

/** An entry of a kind the console does not know (written by a newer server): still a sentence. */
const unknownKind: Rule = say('audit.sentence.unknown', (e) => ({ kind: e.kind, target: e.target }));

/** The sentence for an audit entry. */
export function auditSentence(entry: AuditEntry): Sentence {
  const rule = Object.hasOwn(AUDIT_SENTENCES, entry.kind) ? AUDIT_SENTENCES[entry.kind] : undefined;
  return (rule ?? unknownKind)(entry);
}

/** The sentence in words, through the console's `t`. */
export function sentenceText(
  t: (key: string, values?: Record<string, string | number>) => string,
  sentence: Sentence,
): string {
  const terms = Object.fromEntries(Object.entries(sentence.terms ?? {}).map(([name, key]) => [name, t(key)]));
  return t(sentence.key, { ...sentence.values, ...terms });
}

/** Each kind's name in the filter by kind; key by key, so every key is findable in the code. */
export const AUDIT_KIND_LABELS: Readonly<Record<string, string>> = {
  login: 'audit.kind.login',
  logout: 'audit.kind.logout',
  'change-password': 'audit.kind.changePassword',
  'create-user': 'audit.kind.createUser',
  'update-user': 'audit.kind.updateUser',
  'export-requests': 'audit.kind.exportRequests',
  'export-audit': 'audit.kind.exportAudit',
  'set-request-status': 'audit.kind.setRequestStatus',
  'move-request': 'audit.kind.moveRequest',
  'save-text': 'audit.kind.saveText',
  'place-guide': 'audit.kind.placeGuide',
  'set-guide-icon': 'audit.kind.setGuideIcon',
  'set-video': 'audit.kind.setVideo',
  'edit-categories': 'audit.kind.editCategories',
  'create-guide': 'audit.kind.createGuide',
  'archive-guide': 'audit.kind.archiveGuide',
  'restore-guide': 'audit.kind.restoreGuide',
  'create-category': 'audit.kind.createCategory',
  'archive-category': 'audit.kind.archiveCategory',
  'restore-category': 'audit.kind.restoreCategory',
  upload: 'audit.kind.upload',
  'import-pack': 'audit.kind.importPack',
  publish: 'audit.kind.publish',
  restore: 'audit.kind.restore',
  'add-branch': 'audit.kind.addBranch',
  'edit-branch': 'audit.kind.editBranch',
  'add-pattern': 'audit.kind.addPattern',
  'edit-pattern': 'audit.kind.editPattern',
  'delete-pattern': 'audit.kind.deletePattern',
  'add-exception': 'audit.kind.addException',
  'delete-exception': 'audit.kind.deleteException',
  'create-enrolment': 'audit.kind.createEnrolment',
  'withdraw-enrolment': 'audit.kind.withdrawEnrolment',
  'rename-kiosk': 'audit.kind.renameKiosk',
  'move-kiosk': 'audit.kind.moveKiosk',
  'revoke-kiosk': 'audit.kind.revokeKiosk',
  'kiosk-settings': 'audit.kind.kioskSettings',
  'branch-kiosk-settings': 'audit.kind.branchKioskSettings',
};
