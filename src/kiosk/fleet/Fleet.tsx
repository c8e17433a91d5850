import { useEffect, useState } from 'preact/hooks';
import { isRevoked, onDeviceChange } from '../../client/device.js';
import { appliedSettings } from '../../client/kiosk-settings.js';
import type { StaffPinHash } from '../../domain/kiosk-settings.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { EnrolScreen } from './EnrolScreen.js';
import { takeEnrolmentCode } from './enrol.js';
import { useFleetT } from './fleet-i18n.js';
import { onCornerHold, onIdleFor } from './long-press.js';
import { PinPad } from './PinPad.js';
import { SetUpAgain } from './SetUpAgain.js';
import { StatusScreen } from './StatusScreen.js';
import type { FleetProps } from './types.js';
import './fleet.css';

/** The staff screens the corner gesture opens: the PIN pad, then the status screen. */
type Staff = { name: 'pin'; pin: StaffPinHash | null } | { name: 'status' } | null;

/**
 * The tablet's place in the fleet, over the visit when needed: a set-up address being used, the
 * staff PIN pad and status screen, and the set-up-again screen of a revoked tablet (in that order).
 */
export function Fleet({ idleTimeoutSeconds, onSettings, onClose, onSyncContent }: FleetProps) {
  const t = useFleetT();
  const { lang } = useTranslation();
  const [enrolCode, setEnrolCode] = useState<string | null>(null);
  const [needsSetUp, setNeedsSetUp] = useState(false);
  const [staff, setStaff] = useState<Staff>(null);

  useEffect(() => {
    // A set-up address opened at start, or typed into this tab later (only the fragment changes).
    const readAddress = () => {
      const code = takeEnrolmentCode(window.location, window.history);
      if (code !== null) setEnrolCode(code);
    };
    readAddress();
    // Revoked before this start (the mark is kept); a revocation while running arrives below.
    void isRevoked().then((revoked) => revoked && setNeedsSetUp(true));
    window.addEventListener('hashchange', readAddress);
    const stopDevice = onDeviceChange((change) => {
      if (change === 'revoked') setNeedsSetUp(true);
      if (change === 'enrolled') setNeedsSetUp(false);
    });
    const stopHold = onCornerHold(() => {
      void appliedSettings().then((applied) => setStaff({ name: 'pin', pin: applied?.staffPin ?? null }));
    });
    return () => {
      window.removeEventListener('hashchange', readAddress);
      stopDevice();
      stopHold();
    };
  }, []);

  const closeStaff = () => {
    setStaff(null);
    onClose();
  };
  useEffect(() => (staff ? onIdleFor(idleTimeoutSeconds * 1000, closeStaff) : undefined), [staff !== null]);

  if (!t) return null;
  if (enrolCode !== null) {
    return (
      <EnrolScreen
        t={t}
        code={enrolCode}
        onEnrolled={() => {
          // Enrolment happens at set-up, never under a visitor: its settings are in force at once,
          // and requests kept while the tablet waited go now, with the new token.
          void appliedSettings().then((applied) => onSettings(applied?.settings ?? null));
          void import('../../client/outbox-triggers.js').then((outbox) => outbox.requestFlush());
          void import('../../client/slot-feed.js').then((feed) => feed.refreshSlotFeed()).catch(() => undefined);
        }}
        onDone={() => {
          setEnrolCode(null);
          onClose();
        }}
      />
    );
  }
  if (staff?.name === 'pin') {
    return <PinPad t={t} pin={staff.pin} onMatched={() => setStaff({ name: 'status' })} onCancel={closeStaff} />;
  }
  if (staff?.name === 'status') {
    return <StatusScreen t={t} lang={lang} onClose={closeStaff} onSyncContent={onSyncContent} />;
  }
  if (needsSetUp) return <SetUpAgain t={t} />;
  return null;
}
