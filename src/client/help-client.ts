/**
 * What the kiosk's screens use for help-session requests. Screens import only from here; the
 * outbox and the slot feed behind it own IndexedDB and the network.
 */
export type { OutboxListener, QueuedRequest } from './outbox.js';
export { onOutboxChange, pendingRequestCount } from './outbox.js';
export { enqueueRequest, requestFlush } from './outbox-triggers.js';
export { readSlotFeed } from './slot-feed.js';
