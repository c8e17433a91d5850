import { useState } from 'preact/hooks';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import type { BranchKioskSettings } from '../../domain/schemas/fleet.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';
import { AlertEmailsForm } from './alert-emails-form.js';
import { fleetApi } from './fleet-api.js';
import { FleetNav } from './fleet-nav.js';
import { SettingsEditor } from './settings-editor.js';
import { StaffPinForm } from './staff-pin-form.js';

/**
 * Per branch: the settings its kiosks follow where they set nothing themselves, the PIN for the
 * kiosks' status screen, and who gets its kiosk alerts. The server takes all three in one PUT, so
 * each form sends the other two as they are.
 */
export function BranchDefaults() {
  const { t } = useTranslation();
  const times = useLoad(() => helpApi.times(), []);
  const guides = useLoad(() => api.guides(), []);
  const [picked, setPicked] = useState('');
  const branches = times.data?.branches ?? [];
  const branchId = picked || branches[0]?.id || '';
  const current = useLoad(
    () => (branchId ? fleetApi.branchSettings(branchId) : Promise.resolve(undefined)),
    [branchId],
  );

  const save = async (change: { settings?: KioskSettingsOverride; pin?: string | null; alertEmails?: string[] }) => {
    const now = current.data as BranchKioskSettings;
    const next = await fleetApi.saveBranchSettings(branchId, {
      settings: change.settings ?? now.settings,
      alertEmails: change.alertEmails ?? now.alertEmails,
      ...('pin' in change ? { pin: change.pin } : {}),
    });
    current.replace(next);
  };

  return (
    <section class="kiosk-defaults">
      <ScreenHeading title={t('kioskDefaults.heading')}>{t('kioskDefaults.heading')}</ScreenHeading>
      <FleetNav staffRole="admin" current="kioskDefaults" />
      <div class="field">
        <label for="defaults-branch">{t('fleet.branch')}</label>
        <select id="defaults-branch" value={branchId} onChange={(e) => setPicked(e.currentTarget.value)}>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <ProblemMessage error={times.error ?? guides.error ?? current.error} />
      {current.data && current.data.branchId === branchId && (
        <>
          <section aria-labelledby="defaults-settings-heading">
            <h2 id="defaults-settings-heading">{t('kioskDefaults.settingsHeading')}</h2>
            <p class="hint">{t('kioskDefaults.settingsIntro')}</p>
            <SettingsEditor
              key={branchId}
              idPrefix="branch"
              own={current.data.settings}
              inherited={DEFAULT_KIOSK_SETTINGS}
              from="default"
              categories={guides.data?.categories ?? []}
              onSave={async (settings) => {
                await save({ settings });
                return t('kioskDefaults.saved');
              }}
            />
          </section>
          <StaffPinForm hasPin={current.data.hasPin} onSave={(pin) => save({ pin })} />
          <AlertEmailsForm emails={current.data.alertEmails} onSave={(alertEmails) => save({ alertEmails })} />
        </>
      )}
    </section>
  );
}
