import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';

interface ConfirmButtonProps {
  /** The button's text. */
  children: ComponentChildren;
  /** What the dialog asks. */
  question: string;
  confirmLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/**
 * A button that asks first, in a native modal `<dialog>`: it traps focus, closes on Escape and
 * returns focus to the button by itself.
 */
export function ConfirmButton({ children, question, confirmLabel, disabled, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (!dialog.current) return;
    dialog.current.returnValue = ''; // else Escape would repeat the last answer
    dialog.current.showModal();
  };
  return (
    <>
      <button type="button" disabled={disabled} onClick={open}>
        {children}
      </button>
      <dialog
        ref={dialog}
        class="confirm"
        aria-label={question}
        onClose={() => {
          if (dialog.current?.returnValue === 'confirm') onConfirm();
        }}
      >
        <form method="dialog">
          <p>{question}</p>
          <div class="actions">
            <button type="submit" value="cancel" autofocus>
              {t('confirm.cancel')}
            </button>
            <button type="submit" value="confirm" class="primary">
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
