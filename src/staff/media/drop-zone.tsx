import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { FileButton } from '../components/file-button.js';
import { ACCEPT } from './media-rules.js';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A marked area to drop files on, with a button that opens the file chooser inside it, so the
 * keyboard (and anyone who cannot drag) has the same way in. Several files at once either way.
 */
export function DropZone({ onFiles, describedBy }: { onFiles: (files: File[]) => void; describedBy?: string }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child too; count them to know when the pointer left.
  const depth = useRef(0);

  useEffect(() => {
    // A file dropped beside the zone must not replace the console with the file.
    const keep = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const leave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };

  return (
    <fieldset
      class={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={leave}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <legend class="drop-zone-text">
        <span aria-hidden="true">⇩ </span>
        {over ? t('media.dropNow') : t('media.dropHere')}
      </legend>
      <p class="drop-zone-or">{t('media.or')}</p>
      <FileButton
        id="media-file-input"
        label={t('media.chooseFiles')}
        accept={ACCEPT}
        multiple
        primary
        describedBy={describedBy}
        onFiles={onFiles}
      />
    </fieldset>
  );
}
