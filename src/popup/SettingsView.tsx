import { t, type LangPref } from '../shared/i18n.ts';
import { patchSettings } from '../shared/db/repo.ts';
import { Heading } from '../ui/Heading.tsx';
import { applyLanguage } from '../ui/lang.ts';
import { ExportButton, ImportPicker } from './DataTransfer.tsx';
import { hasDataWorthKeeping } from './UninstallNote.tsx';
import { ReminderSettings } from './reminders/ReminderSettings.tsx';
import type { ViewProps } from './types.ts';

const LANG_CHOICES: { value: LangPref; key: string }[] = [
  { value: 'auto', key: 'popupLangAuto' },
  { value: 'en', key: 'popupLangEn' },
  { value: 'ja', key: 'popupLangJa' },
];

export function SettingsView({ state, write, reload, onLang }: ViewProps & { reload: () => Promise<void>; onLang: () => void }) {
  const setLang = async (lang: LangPref) => {
    if (!(await write(() => patchSettings({ lang })))) return;
    await applyLanguage(lang);
    onLang();
  };
  return (
    <div>
      <Heading>{t('popupSettings')}</Heading>
      <section class="card">
        <label for="s-lang">{t('popupLanguage')}</label>
        <select id="s-lang" value={state.settings.lang} onChange={(e) => void setLang(e.currentTarget.value as LangPref)}>
          {LANG_CHOICES.map((c) => (
            // Each language names itself, so it can be found whatever language is showing.
            <option key={c.value} value={c.value} lang={c.value === 'auto' ? undefined : c.value}>{t(c.key)}</option>
          ))}
        </select>
      </section>

      {/* The reminders engineer's component (contracts §6): cadences, snooze, off. */}
      <ReminderSettings state={state} write={write} />

      <section class="card" id="data">
        <h3>{t('popupDataTitle')}</h3>
        <p class="small">{t('popupDataPrivacy')}</p>
        {hasDataWorthKeeping(state) && <p class="notice warn small">{t('popupUninstallWarning')}</p>}
        <div class="row">
          <ExportButton />
        </div>
        <ImportPicker onImported={reload} />
      </section>
    </div>
  );
}
