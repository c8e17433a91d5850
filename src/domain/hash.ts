/**
 * Hex SHA-256 of bytes or a string's UTF-8 bytes, with Web Crypto, so the same code runs in the
 * browser, the service worker and Node (which has `globalThis.crypto` from v19 on).
 */
export async function sha256Hex(data: string | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
