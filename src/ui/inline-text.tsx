import type { ComponentChildren, VNode } from 'preact';
import { splitLtrRuns } from '../domain/bidi.js';
import type { Inline } from '../domain/content.js';

/** How a link is shown: the kiosk shows its text (and a QR code elsewhere); a phone gets an anchor. */
export type RenderLink = (url: string, children: ComponentChildren, key: number) => VNode;

const linkAsText: RenderLink = (_url, children, key) => (
  <span key={key} class="link">
    {children}
  </span>
);

/**
 * Renders inline content as Preact elements; text is always text, never HTML. By default links are
 * not followed: the kiosk never navigates away from itself.
 */
export function InlineText({
  content,
  renderLink = linkAsText,
  rtl = false,
}: {
  content: readonly Inline[];
  renderLink?: RenderLink;
  /** In right-to-left text, Latin and digit runs are isolated so "114 14" stays "114 14". */
  rtl?: boolean;
}) {
  return <>{content.map((node, key) => renderInline(node, key, renderLink, rtl))}</>;
}

/**
 * Plain text; in right-to-left text its Latin and digit runs (a phone number, "114 14", "1177.se")
 * are isolated left to right, so the bidi algorithm does not turn "070 123 45 67" into "67 45 123 070".
 */
export function LtrRuns({ text, rtl }: { text: string; rtl: boolean }) {
  if (!rtl) return <>{text}</>;
  return (
    <>
      {splitLtrRuns(text).map((part, i) =>
        part.ltr ? (
          <bdi key={i} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function renderInline(node: Inline, key: number, renderLink: RenderLink, rtl: boolean) {
  switch (node.type) {
    case 'text':
      return <LtrRuns key={key} text={node.value} rtl={rtl} />;
    case 'strong':
      return (
        <strong key={key}>
          <InlineText content={node.children} renderLink={renderLink} rtl={rtl} />
        </strong>
      );
    case 'emphasis':
      return (
        <em key={key}>
          <InlineText content={node.children} renderLink={renderLink} rtl={rtl} />
        </em>
      );
    case 'link':
      return renderLink(node.url, <InlineText content={node.children} renderLink={renderLink} rtl={rtl} />, key);
  }
}
