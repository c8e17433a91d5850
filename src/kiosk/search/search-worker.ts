/**
 * The kiosk's search worker: it loads the stored search indexes and answers queries, so neither
 * loading an index (most of a second at 10,000 guides) nor a search runs on the page's main thread.
 */
import { type SearchReply, type SearchRequest, searchHost } from './search-host.js';

const host = searchHost((reply: SearchReply) => self.postMessage(reply));

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => void host.receive(data);
