import type { Inline } from '../domain/content.js';

/**
 * Renders inline content as Preact elements; text is always text, never HTML. Links are shown
 * with their address and are not followed: the kiosk never navigates away from itself.
 */
export function InlineText({ content }: { content: readonly Inline[] }) {
  return <>{content.map(renderInline)}</>;
}

function renderInline(node: Inline, key: number) {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return (
        <strong key={key}>
          <InlineText content={node.children} />
        </strong>
      );
    case 'emphasis':
      return (
        <em key={key}>
          <InlineText content={node.children} />
        </em>
      );
    case 'link':
      return (
        <span key={key} class="link">
          <InlineText content={node.children} /> <span class="link-url">({node.url.replace(/^https:\/\//, '')})</span>
        </span>
      );
  }
}
