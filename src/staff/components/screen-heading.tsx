import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';

interface ScreenHeadingProps {
  children: ComponentChildren;
  /** The screen's name for the browser tab, when the heading is not plain text. */
  title: string;
}

/**
 * A screen's `<h1>`. Focus moves to it when the screen opens, so keyboard and screen-reader users
 * start reading at the new screen rather than at the link they followed; the tab title follows.
 */
export function ScreenHeading({ children, title }: ScreenHeadingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
