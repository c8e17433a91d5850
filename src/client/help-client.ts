/**
 * What the kiosk's screens use for help-session requests. Screens import only from here; the
 * outbox and the slot feed behind it own IndexedDB and the network.
 */
export type { QueuedRequest, OutboxListener } from './outbox.js';
export { enqueueRequest, onOutboxChange, pendingRequestCount } from './outbox.js';
export { readSlotFeed } from './slot-feed.js';
