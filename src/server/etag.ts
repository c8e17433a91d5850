/** A tag without its weak marker: `W/"x"` and `"x"` are the same tag under weak comparison. */
const strong = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** True when an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const wanted = strong(etag);
  // A kiosk sends back the one tag it was given: answered without splitting the header.
  if (strong(ifNoneMatch) === wanted) return true;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || strong(trimmed) === wanted;
  });
}
