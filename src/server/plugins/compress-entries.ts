import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import { COMPRESS_THRESHOLD_BYTES } from './compression.js';

const negotiator = new Negotiator({ supportedValues: ['br', 'gzip'] });
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Compresses a batch of entries for the client's Accept-Encoding, as @fastify/compress would
 * (brotli at quality 4, else gzip; nothing below the threshold), but without its guess at
 * compressed input: it passes a body through as it is, still labelled `br`, when its first two
 * bytes look like a deflate header, and a batch whose first hash begins "80" does (0x3830 is a
 * multiple of 31). One batch in 256 then reached the kiosk undecodable, every time it asked.
 * zlib runs on libuv's pool, off the event loop.
 */
export async function compressEntries(
  acceptEncoding: string | undefined,
  body: Buffer,
): Promise<{ body: Buffer; encoding: 'br' | 'gzip' | null }> {
  const encoding = acceptEncoding ? negotiator.negotiate(acceptEncoding) : null;
  if (encoding === null || body.byteLength < COMPRESS_THRESHOLD_BYTES) return { body, encoding: null };
  if (encoding === 'br') {
    return { body: await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }), encoding };
  }
  return { body: await gzipped(body), encoding };
}
