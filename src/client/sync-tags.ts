/** The Background Sync tag under which the service worker flushes the outbox. */
export const OUTBOX_SYNC_TAG = 'servicepunkt-outbox';
