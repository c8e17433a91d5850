/**
 * Runs of Latin letters and digits inside right-to-left text (phone numbers, "114 14", "1177.se",
 * agency names) are reordered by the bidi algorithm unless isolated: "114 14" shows as "14 114".
 * This splits text into plain parts and left-to-right runs to isolate.
 */
const LTR_RUN = /[+]?[\p{Script=Latin}\p{Nd}]+(?:[ .,:/+\-–]+[\p{Script=Latin}\p{Nd}]+)*[+]?/gu;

export function splitLtrRuns(text: string): { text: string; ltr: boolean }[] {
  const parts: { text: string; ltr: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), ltr: false });
    parts.push({ text: match[0], ltr: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), ltr: false });
  return parts;
}
