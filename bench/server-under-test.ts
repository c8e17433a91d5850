import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { testServer } from '../test/helpers/server.js';

export interface ServerUnderTest {
  /** `http://127.0.0.1:<ephemeral port>` */
  url: string;
  close(): Promise<void>;
}

/**
 * The real server, in-process, as the end-to-end tests start it: a throw-away DATA_DIR, migrations,
 * the seed content and the built kiosk from dist/public, on an ephemeral loopback port (so it never
 * clashes with a running `npm start`).
 */
export async function startServer(): Promise<ServerUnderTest> {
  const server = await testServer({ publicDir: resolve('dist/public') });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`, close: server.close };
}
