import { libraryLocal } from '../../domain/slot-rules.js';
import { RECOVERY_HOLD_MS } from './alert-machine.js';
import type { PendingNotice } from './alert-repository.js';

/** Library wall-clock time, as staff read it: `2026-12-07 kl. 10:30`. */
function when(iso: string): string {
  const local = libraryLocal(new Date(iso));
  return `${local.slice(0, 10)} kl. ${local.slice(11, 16)}`;
}

const STATE_WORD: Record<string, string> = { stale: 'tyst', offline: 'frånkopplad' };

/** What happened, in plain Swedish, as the rest of a sentence that starts with the kiosk's name. */
function sentence(notice: PendingNotice): string {
  const lastSeen = notice.lastSeenAt ? when(notice.lastSeenAt) : 'okänd tid';
  switch (notice.kind) {
    case 'stale':
      return `har inte hörts av sedan ${lastSeen}. Den har missat minst tre livstecken i rad.`;
    case 'offline':
      return `har inte hörts av sedan ${lastSeen} och räknas nu som frånkopplad. Är den avstängd eller utan nät?`;
    case 'recovered':
      return `hörs av igen och har fungerat i ${RECOVERY_HOLD_MS / 60_000} minuter (var ${STATE_WORD[notice.fromState ?? ''] ?? 'borta'}).`;
    case 'content-behind':
      return 'har inte hämtat det senaste innehållet, som publicerades för mer än ett dygn sedan.';
    case 'content-caught-up':
      return 'har nu hämtat det senaste innehållet.';
    case 'outbox-stuck':
      return 'har förfrågningar från besökare som inte har kunnat skickas på över en timme.';
    case 'outbox-draining':
      return 'har nu skickat alla förfrågningar som väntade.';
    case 'storage-high':
      return 'har använt mer än 80 % av sitt lagringsutrymme.';
    case 'storage-ok':
      return 'har gott om lagringsutrymme igen.';
    default:
      return `har en ändring (${notice.kind}).`;
  }
}

/**
 * One e-mail to a branch's staff listing every notice about its kiosks from this sweep, in plain
 * Swedish with library times and, where PUBLIC_URL is set, a link to each kiosk in the console.
 */
export function alertMail(
  branchName: string,
  notices: readonly PendingNotice[],
  publicUrl: string | null,
): { subject: string; text: string } {
  const count = notices.length;
  const subject = `Servicepunkt: ${count === 1 ? 'en ändring' : `${count} ändringar`} för surfplattorna på ${branchName}`;
  const lines = notices.map((n) => {
    const link = publicUrl ? `\n  ${publicUrl.replace(/\/+$/, '')}/staff/#/fleet/${n.kioskId}` : '';
    return `${when(n.at)}: ${n.kioskName} ${sentence(n)}${link}`;
  });
  const text = [
    'Hej!',
    '',
    `Det här har hänt med surfplattorna på ${branchName}:`,
    '',
    ...lines.flatMap((line) => [line, '']),
    'Tiderna är svensk tid. Brevet kommer från Servicepunkt, eftersom er adress står som mottagare av',
    `larm för ${branchName}. Ni får ett nytt brev när något ändras igen.`,
    '',
  ].join('\n');
  return { subject, text };
}
