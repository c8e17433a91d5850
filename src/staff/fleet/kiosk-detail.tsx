import { useState } from 'preact/hooks';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import type { KioskDetail } from '../../domain/schemas/fleet.js';
import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { useRefresh } from '../components/use-refresh.js';
import { helpApi } from '../help-api-client.js';
import { hrefOf } from '../routes.js';
import { fleetApi } from './fleet-api.js';
import { KioskActions } from './kiosk-actions.js';
import { KioskFacts } from './kiosk-facts.js';
import { SettingsEditor } from './settings-editor.js';
import { SettingsSummary } from './settings-summary.js';
import { StateHistory } from './state-history.js';

/**
 * One kiosk: its state and reports, its history, and for admins what can be changed: its name,
 * branch, settings, and revoking or enrolling it again.
 */
export function KioskDetailScreen({ kioskId, me }: { kioskId: string; me: Me }) {
  const { t } = useTranslation();
  const isAdmin = me.role === 'admin';
  const [loadedAt, setLoadedAt] = useState(Date.now());
  const detail = useLoad(async () => {
    const answer = await fleetApi.kiosk(kioskId);
    setLoadedAt(Date.now());
    return answer;
  }, [kioskId]);
  const times = useLoad(() => helpApi.times(), []);
  // Category names for the settings: only admins edit them, and only they may read the guide list.
  const guides = useLoad(() => (isAdmin ? api.guides() : Promise.resolve(undefined)), [isAdmin]);

  useRefresh(detail.reload);

  const data = detail.data;
  const changed = (next: KioskDetail) => {
    setLoadedAt(Date.now());
    detail.replace(next);
  };
  const saveSettings = async (settings: KioskSettingsOverride) => {
    const next = await fleetApi.saveKioskSettings(kioskId, settings);
    changed(next);
    return t('kiosk.pushed', { version: next.kiosk.settingsVersion });
  };

  const title = data?.kiosk.name ?? t('kiosk.heading');
  return (
    <section class="kiosk-detail">
      <p class="breadcrumb">
        <a href={hrefOf({ screen: 'fleet' })}>{t('fleet.heading')}</a>
      </p>
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <ProblemMessage error={detail.error ?? times.error ?? guides.error} />
      {!data && !detail.error && <p aria-busy="true">{t('app.loading')}</p>}
      {data && (
        <>
          <KioskFacts row={data.kiosk} now={loadedAt} />
          {isAdmin && (
            <KioskActions
              key={data.kiosk.id}
              row={data.kiosk}
              branches={times.data?.branches ?? []}
              onChanged={changed}
            />
          )}
          <section aria-labelledby="kiosk-settings-heading">
            <h2 id="kiosk-settings-heading">{t('kiosk.settingsHeading')}</h2>
            {isAdmin ? (
              <>
                <p class="hint">{t('kiosk.settingsIntro')}</p>
                <SettingsEditor
                  key={data.kiosk.id}
                  idPrefix="kiosk"
                  own={data.settings}
                  inherited={{ ...DEFAULT_KIOSK_SETTINGS, ...data.branchSettings }}
                  from="branch"
                  categories={guides.data?.categories ?? []}
                  onSave={saveSettings}
                />
              </>
            ) : (
              <SettingsSummary settings={data.effective} />
            )}
          </section>
          <StateHistory history={data.history} />
        </>
      )}
    </section>
  );
}
