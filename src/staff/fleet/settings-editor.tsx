import { useEffect, useState } from 'preact/hooks';
import type { KioskSettings, KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import { languageFor } from '../../domain/languages.js';
import { REMINDER_CHANNELS, type ReminderChannel } from '../../domain/reminder-channels.js';
import type { CategoryRow } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { categoryName } from '../categories/category-name.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useAction } from '../components/use-action.js';
import { LanguageOrder } from './language-order.js';
import { SettingOrigin } from './setting-origin.js';
import { type SettingKey, shownSettings, toggleCategory, withoutSetting, withSetting } from './settings-draft.js';

interface SettingsEditorProps {
  idPrefix: string;
  /** This level's own settings, as saved. */
  own: KioskSettingsOverride;
  /** What applies where this level sets nothing. */
  inherited: KioskSettings;
  from: 'branch' | 'default';
  categories: CategoryRow[];
  /** Saves the draft; answers the sentence to announce. */
  onSave: (settings: KioskSettingsOverride) => Promise<string>;
}

/**
 * A kiosk's or a branch's settings: each shows whether it is this level's own or inherited, and
 * can go back to inherited. Nothing is sent until Save; the kiosk applies a saved version at its
 * next idle reset.
 */
export function SettingsEditor({ idPrefix, own, inherited, from, categories, onSave }: SettingsEditorProps) {
  const { t, lang } = useTranslation();
  const [draft, setDraft] = useState<KioskSettingsOverride>(own);
  const [saved, setSaved] = useState('');
  const action = useAction();
  const ownKey = JSON.stringify(own);
  useEffect(() => setDraft(own), [ownKey]);

  const shown = shownSettings(draft, inherited);
  const set = <K extends SettingKey>(key: K, value: KioskSettings[K]) => {
    setSaved('');
    setDraft(withSetting(draft, key, value));
  };
  const origin = (key: SettingKey, name: string) => (
    <SettingOrigin
      own={key in draft}
      from={from}
      name={name}
      onInherit={() => {
        setSaved('');
        setDraft(withoutSetting(draft, key));
      }}
    />
  );
  const allCategories = categories.map((c) => c.id);

  const submit = async (event: Event) => {
    event.preventDefault();
    await action.run(async () => {
      setSaved(await onSave(draft));
    });
  };

  return (
    <form class="settings-editor stack" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('kioskSettings.languages')}</legend>
        {origin('languages', t('kioskSettings.languages'))}
        <LanguageOrder idPrefix={idPrefix} languages={shown.languages} onChange={(l) => set('languages', l)} />
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-default-language`}>{t('kioskSettings.defaultLanguage')}</label>
        {origin('defaultLanguage', t('kioskSettings.defaultLanguage'))}
        <select
          id={`${idPrefix}-default-language`}
          value={shown.defaultLanguage}
          onChange={(e) => set('defaultLanguage', e.currentTarget.value)}
        >
          {shown.languages.map((code) => (
            <option key={code} value={code} lang={languageFor(code).htmlLang}>
              {languageFor(code).nativeName}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-idle`}>{t('kioskSettings.idleTimeout')}</label>
        {origin('idleTimeoutSeconds', t('kioskSettings.idleTimeout'))}
        <input
          id={`${idPrefix}-idle`}
          type="number"
          min={15}
          max={3600}
          step={1}
          required
          aria-describedby={`${idPrefix}-idle-hint`}
          value={shown.idleTimeoutSeconds}
          onInput={(e) => {
            const value = e.currentTarget.valueAsNumber;
            if (Number.isInteger(value)) set('idleTimeoutSeconds', value);
          }}
        />
        <p class="hint" id={`${idPrefix}-idle-hint`}>
          {t('kioskSettings.idleHint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('kioskSettings.categories')}</legend>
        {origin('categories', t('kioskSettings.categories'))}
        <div class="inline-field">
          <input
            id={`${idPrefix}-cat-all`}
            type="checkbox"
            checked={shown.categories === null}
            onChange={(e) => set('categories', e.currentTarget.checked ? null : [])}
          />
          <label for={`${idPrefix}-cat-all`}>{t('kioskSettings.allCategories')}</label>
        </div>
        <ul class="plain-list">
          {categories.map((c) => (
            <li key={c.id} class="inline-field">
              <input
                id={`${idPrefix}-cat-${c.id}`}
                type="checkbox"
                checked={shown.categories === null || shown.categories.includes(c.id)}
                onChange={(e) =>
                  set('categories', toggleCategory(shown.categories, allCategories, c.id, e.currentTarget.checked))
                }
              />
              <label for={`${idPrefix}-cat-${c.id}`}>{categoryName(c, lang)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('kioskSettings.reminderChannels')}</legend>
        {origin('reminderChannels', t('kioskSettings.reminderChannels'))}
        {REMINDER_CHANNELS.map((channel) => (
          <div key={channel} class="inline-field">
            <input
              id={`${idPrefix}-channel-${channel}`}
              type="checkbox"
              checked={shown.reminderChannels.includes(channel)}
              onChange={(e) =>
                set(
                  'reminderChannels',
                  REMINDER_CHANNELS.filter((c) =>
                    c === channel ? e.currentTarget.checked : shown.reminderChannels.includes(c),
                  ),
                )
              }
            />
            <label for={`${idPrefix}-channel-${channel}`}>{channelLabel(t, channel)}</label>
          </div>
        ))}
      </fieldset>
      <ProblemMessage error={action.error} />
      <p role="status" class="success">
        {saved}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={action.busy}>
          {t('kioskSettings.save')}
        </button>
      </div>
    </form>
  );
}

/** A reminder channel's name; written out key by key so every key is findable in the code. */
function channelLabel(t: (key: string) => string, channel: ReminderChannel): string {
  switch (channel) {
    case 'email':
      return t('kioskSettings.channelEmail');
  }
}
