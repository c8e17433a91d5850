import { useRef } from 'preact/hooks';

interface FileButtonProps {
  /** The button's text, also the (hidden) file input's name. */
  label: string;
  /** The file input's id, for tests and labels. */
  id: string;
  accept: string;
  multiple?: boolean;
  primary?: boolean;
  describedBy?: string;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * A button in the console's language that opens the browser's file chooser. The native file input
 * stays hidden: its own button speaks the browser's language and cannot be styled.
 */
export function FileButton({ label, id, accept, multiple, primary, describedBy, disabled, onFiles }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        class={primary ? 'primary' : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={label}
        onChange={(event) => {
          onFiles([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = ''; // so choosing the same file again is a change too
        }}
      />
    </>
  );
}
