import type { KioskState } from '../../domain/schemas/rules.js';
import { useTranslation } from '../../i18n/use-translation.js';

const STATE_MARKS: Record<KioskState, string> = {
  online: '●',
  stale: '◐',
  offline: '○',
  revoked: '✕',
  'never-seen': '◌',
};

/** A kiosk's state as a word with a shape beside it; the colour only repeats the word. */
export function KioskStateChip({ state }: { state: KioskState }) {
  const { t } = useTranslation();
  return (
    <span class={`chip chip-kiosk-${state}`}>
      <span class="chip-mark" aria-hidden="true">
        {STATE_MARKS[state]}
      </span>
      {kioskStateLabel(t, state)}
    </span>
  );
}

/** The state's word; written out key by key so every key is findable in the code. */
export function kioskStateLabel(t: (key: string) => string, state: KioskState): string {
  switch (state) {
    case 'online':
      return t('fleet.state.online');
    case 'stale':
      return t('fleet.state.stale');
    case 'offline':
      return t('fleet.state.offline');
    case 'revoked':
      return t('fleet.state.revoked');
    case 'never-seen':
      return t('fleet.state.neverSeen');
  }
}
