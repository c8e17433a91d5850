import { ArrowLeft, ArrowRight, Check, Send } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useTranslation } from '../../i18n/use-translation.js';

/**
 * The bar at the foot of every step (guide and help request): Back and the one thing to do next,
 * always at the same place in the thumb zone and never scrolled away. The step scrolls above it.
 * Its stylesheet, action-bar.css, is imported by the kiosk screens that use it, not here: the
 * console renders this component in its preview frame and must not get the kiosk's rules.
 */
export function ActionBar({ children, label }: { children: ComponentChildren; label?: string }) {
  const { t } = useTranslation();
  return (
    <nav class="action-bar" aria-label={label ?? t('actionBar.label')}>
      {children}
    </nav>
  );
}

interface BackButtonProps {
  onClick: () => void;
  disabled?: boolean;
  /** The word, when not the kiosk's own language's (the console's preview). */
  label?: string;
}

/** Back, with an arrow that points back in the reading direction. */
export function BackButton({ onClick, disabled, label }: BackButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" class="secondary" onClick={onClick} disabled={disabled}>
      <ArrowLeft class="flow-arrow" aria-hidden="true" />
      {label ?? t('guide.back')}
    </button>
  );
}

const SIGNS = { next: ArrowRight, done: Check, send: Send } as const;

interface ForwardButtonProps {
  label: string;
  /** The sign beside the label: an arrow onwards, a tick for done, a paper plane for send. */
  sign: keyof typeof SIGNS;
  onClick?: () => void;
  disabled?: boolean;
  /** A form's submit button (the details step submits its form). */
  form?: string;
}

/** The primary action of a step. */
export function ForwardButton({ label, sign, onClick, disabled, form }: ForwardButtonProps) {
  const Sign = SIGNS[sign];
  return (
    <button type={form ? 'submit' : 'button'} form={form} class="primary" onClick={onClick} disabled={disabled}>
      {label}
      <Sign class={sign === 'next' ? 'flow-arrow' : undefined} aria-hidden="true" />
    </button>
  );
}
