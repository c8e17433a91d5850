import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface FleetScreenProps {
  /** Marks what the screen is, for staff tools and tests (`data-fleet`). */
  name: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A fleet screen over the whole kiosk: a modal dialog, so what lies beneath (a visit, or the
 * no-content screen) can be neither touched nor read until it closes. Escape does not close it:
 * each screen has its own way out, and set-up-again has none.
 */
export function FleetScreen({ name, class: className, children }: FleetScreenProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class={className ? `fleet-screen ${className}` : 'fleet-screen'}
      data-fleet={name}
      onCancel={(event) => event.preventDefault()}
    >
      {children}
    </dialog>
  );
}
