/**
 * A server in a child process on the data folder given as its argument, for tests that kill it
 * (SIGKILL, as a power cut would) and start again on the same files. Prints its pid and port as
 * one JSON line once it listens.
 */
import type { AddressInfo } from 'node:net';
import { openTestApp } from './server.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: booking-server-child.ts <data dir>');
const { app } = await openTestApp(dataDir);
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ pid: process.pid, port: (app.server.address() as AddressInfo).port }));
