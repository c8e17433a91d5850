import type { SessionKind, SessionPattern } from '../../domain/help.js';
import type { PatternInput } from '../../domain/schemas/times.js';

/** A pattern as its form holds it: numbers as typed, "until" empty for no end. */
export interface PatternDraft {
  branchId: string;
  kind: SessionKind;
  weekday: string;
  start: string;
  duration: string;
  capacity: string;
  topics: string[];
  languages: string[];
  from: string;
  until: string;
}

export function draftOf(pattern: SessionPattern): PatternDraft {
  return {
    branchId: pattern.branchId,
    kind: pattern.kind,
    weekday: String(pattern.weekday),
    start: pattern.start,
    duration: String(pattern.durationMinutes),
    capacity: String(pattern.capacity || 1),
    topics: [...pattern.topics],
    languages: [...pattern.languages],
    from: pattern.from,
    until: pattern.until ?? '',
  };
}

export function newDraft(branchId: string, today: string): PatternDraft {
  return {
    branchId,
    kind: 'bookable',
    weekday: '1',
    start: '10:00',
    duration: '60',
    capacity: '1',
    topics: [],
    languages: ['sv'],
    from: today,
    until: '',
  };
}

/** The draft as the server takes it; drop-in hours have no places to book. */
export function inputOf(draft: PatternDraft): PatternInput {
  return {
    branchId: draft.branchId,
    kind: draft.kind,
    weekday: Number(draft.weekday),
    start: draft.start,
    durationMinutes: Number(draft.duration),
    capacity: draft.kind === 'drop-in' ? 0 : Number(draft.capacity),
    topics: draft.topics,
    languages: draft.languages,
    from: draft.from,
    until: draft.until || null,
  };
}
