/**
 * A valid SVG of about `bytes` bytes that is slow to sanitise: thousands of tiny shapes, each a
 * node for the parser, DOMPurify and the serialiser (about 1 s per 100 KB on a shared core).
 */
export function slowSvg(bytes: number): string {
  const head = '<svg xmlns="http://www.w3.org/2000/svg">';
  const shape = '<rect width="1" height="1"/>';
  const count = Math.floor((bytes - head.length - '</svg>'.length) / shape.length);
  return `${head}${shape.repeat(count)}</svg>`;
}
