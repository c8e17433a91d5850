/**
 * An ArrayBuffer holding exactly `bytes`, to hand to another thread. Small Buffers share Node's
 * allocation pool with unrelated ones, and transferring that would take the others with it: such
 * views, or any that do not span their buffer, are copied; the rest are handed over as they are.
 */
export function ownedBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  if (whole && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return Uint8Array.prototype.slice.call(bytes).buffer as ArrayBuffer;
}

/** The same bytes as a Buffer, without copying (bytes that crossed threads arrive as plain Uint8Arrays). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
