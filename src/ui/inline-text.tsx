import type { ComponentChildren, VNode } from 'preact';
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
}: {
  content: readonly Inline[];
  renderLink?: RenderLink;
}) {
  return <>{content.map((node, key) => renderInline(node, key, renderLink))}</>;
}

function renderInline(node: Inline, key: number, renderLink: RenderLink) {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return (
        <strong key={key}>
          <InlineText content={node.children} renderLink={renderLink} />
        </strong>
      );
    case 'emphasis':
      return (
        <em key={key}>
          <InlineText content={node.children} renderLink={renderLink} />
        </em>
      );
    case 'link':
      return renderLink(node.url, <InlineText content={node.children} renderLink={renderLink} />, key);
  }
}
