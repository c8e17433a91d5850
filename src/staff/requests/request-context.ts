import type { Slot } from '../../domain/help.js';

/** What every row needs to name things: topics, slot ids, and the slots a request can move to. */
export interface RequestContext {
  topicName: (id: string) => string;
  slotName: (id: string) => string;
  slots: Slot[];
}
