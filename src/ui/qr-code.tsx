import { useEffect, useState } from 'preact/hooks';

type Encode = typeof import('uqr').encode;
let encoder: Promise<Encode> | undefined;

/** Runs `work` when the page is idle (soon at the latest), or after a short wait where there is no idle callback. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}

/**
 * A QR code drawn as SVG elements (no markup strings), large and with a quiet zone, so a phone
 * camera reads it from arm's length. `label` names what it opens, for screen readers. The encoder
 * is loaded on first use, keeping it out of the start-up bundle.
 */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  const [matrix, setMatrix] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let current = true;
    encoder ??= import('uqr').then((m) => m.encode);
    // Encoded once the screen is idle: the code (its space reserved) must not hold up the paint
    // of what the visitor tapped for, a guide's step (tens of ms on a slow tablet).
    const cancel = whenIdle(() => {
      void encoder?.then((encode) => current && setMatrix(encode(value, { ecc: 'M', border: 2 }).data));
    });
    return () => {
      current = false;
      cancel();
    };
  }, [value]);

  const cells = matrix?.length ?? 1;
  let path = '';
  matrix?.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${cells} ${cells}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
    >
      <rect width={cells} height={cells} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
